// Must be imported before anything from @fluentui: Fluent registers @font-face rules pointing at
// Microsoft's font CDN unless FabricConfig.fontBaseUrl is empty. The pane loads nothing from a CDN
// (only office.js), so the system's own fonts are used instead.
interface FabricWindow {
  FabricConfig?: { fontBaseUrl?: string };
}

if (typeof window !== "undefined") {
  const w = window as unknown as FabricWindow;
  w.FabricConfig = { ...(w.FabricConfig ?? {}), fontBaseUrl: "" };
}

export {};
