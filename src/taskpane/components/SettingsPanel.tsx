// The clerk's choices: target profile (targets editable), key-leader rule, who else is counted (contract workers,
// hidden sheets), women-related units, year, agency, and the báo cáo's header and signer (offered from the roster's
// own signature block where it names them).
// Edits a draft; "Lưu" hands the new Settings back, "Hủy" discards it.
import * as React from "react";
import {
  Checkbox,
  Link,
  ChoiceGroup,
  DefaultButton,
  Dropdown,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  type IChoiceGroupOption,
  type IDropdownOption,
  type IDropdownStyles,
} from "@fluentui/react";
import { PROFILES, profileFor, type TargetProfile } from "../../domain/profiles";
import type { KeyLeaderRule } from "../../domain/analysis";
import type { DocumentSettings, Settings } from "../../domain/settings";
import type { DocumentSuggestions } from "../../report/suggest";
import { STRINGS, formatPercentInput, parsePercentInput, type UiStrings } from "../strings";

type TargetKey = keyof TargetProfile["targets"];

const WRAPPING_DROPDOWN: Partial<IDropdownStyles> = {
  title: { whiteSpace: "normal", height: "auto", minHeight: 32, lineHeight: 20, paddingTop: 5, paddingBottom: 5 },
  dropdownItem: { whiteSpace: "normal", height: "auto", minHeight: 36, padding: "6px 8px" },
  dropdownItemSelected: { whiteSpace: "normal", height: "auto", minHeight: 36, padding: "6px 8px" },
  dropdownOptionText: { whiteSpace: "normal", overflow: "visible" },
};
const LEGEND: React.CSSProperties = { padding: 0, margin: "8px 0 4px" };

const TARGET_FIELDS: { key: TargetKey; label: (s: UiStrings) => string }[] = [
  { key: "a", label: (s) => s.targetA },
  { key: "b", label: (s) => s.targetB },
  { key: "bStretch", label: (s) => s.targetBStretch },
  { key: "c", label: (s) => s.targetC },
  { key: "dd", label: (s) => s.targetDd },
  { key: "q", label: (s) => s.targetQ },
  { key: "unitsWithFemaleKeyLeader", label: (s) => s.targetUnits },
];

export interface SettingsPanelProps {
  isOpen: boolean;
  settings: Settings;
  /** Names of the units found, for marking the women-related ones. */
  unitNames: string[];
  onSave: (settings: Settings) => void;
  onDismiss: () => void;
  /** What the roster's title and signature blocks say (report/suggest.ts), offered beside the fields. */
  suggestions?: DocumentSuggestions;
}

type DocumentKey = keyof DocumentSettings;

const DOCUMENT_FIELDS: { key: DocumentKey; label: (s: UiStrings) => string }[] = [
  { key: "governingBody", label: (s) => s.docGoverningBody },
  { key: "place", label: (s) => s.docPlace },
  { key: "docNumber", label: (s) => s.docNumber },
  { key: "docCode", label: (s) => s.docCode },
  { key: "recipient", label: (s) => s.docRecipient },
  { key: "signerAuthority", label: (s) => s.signerAuthority },
  { key: "signerTitle", label: (s) => s.signerTitle },
  { key: "signerName", label: (s) => s.signerName },
];

interface Draft {
  profileId: string;
  /** Target inputs as typed (percent text), by target key. */
  targets: Partial<Record<TargetKey, string>>;
  keyLeaderRule: KeyLeaderRule;
  countContractWorkers: boolean;
  includeHiddenSheets: boolean;
  womenRelatedUnits: string[];
  year: string;
  agency: string;
  document: DocumentSettings;
}

/** The profile an id names; "" (by reporting year) or an unknown id: the one the year picks. */
function profileOf(id: string, year?: number): TargetProfile {
  return profileFor(id, year);
}

function draftOf(settings: Settings): Draft {
  const profile = profileOf(settings.profileId, settings.year);
  const targets: Draft["targets"] = {};
  for (const { key } of TARGET_FIELDS) {
    const v = settings.customTargets?.[key] ?? profile.targets[key];
    targets[key] = v === undefined ? "" : formatPercentInput(v, settings.lang);
  }
  return {
    profileId: profile.id,
    targets,
    keyLeaderRule: settings.keyLeaderRule,
    countContractWorkers: settings.countContractWorkers === true,
    includeHiddenSheets: settings.includeHiddenSheets === true,
    womenRelatedUnits: [...settings.womenRelatedUnits],
    year: String(settings.year),
    agency: settings.agency,
    document: { ...(settings.document ?? {}) },
  };
}

function targetsOf(profileId: string, lang: Settings["lang"]): Draft["targets"] {
  const profile = profileOf(profileId);
  const targets: Draft["targets"] = {};
  for (const { key } of TARGET_FIELDS) {
    const v = profile.targets[key];
    targets[key] = v === undefined ? "" : formatPercentInput(v, lang);
  }
  return targets;
}

function validYear(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The document fields as saved: trimmed, the empty ones left out. */
function documentOf(d: DocumentSettings): DocumentSettings | undefined {
  const out: DocumentSettings = {};
  for (const { key } of DOCUMENT_FIELDS) {
    const v = d[key]?.trim();
    if (v) out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The entries of the draft found wrong, by target: a pass line left empty, or text that is not a percent. */
function targetErrorsOf(draft: Draft, s: UiStrings): Partial<Record<TargetKey, string>> {
  const errors: Partial<Record<TargetKey, string>> = {};
  for (const { key } of TARGET_FIELDS) {
    const text = draft.targets[key] ?? "";
    // An empty stretch/optional target means "none"; the pass lines a, b, c, đ are required.
    const optional = key === "bStretch" || key === "q" || key === "unitsWithFemaleKeyLeader";
    if (text.trim() === "" ? !optional : parsePercentInput(text) === null) errors[key] = s.targetInvalid;
  }
  return errors;
}

/** The settings a valid draft saves, over those in force (language, overrides, giải trình stay). */
function settingsOfDraft(settings: Settings, draft: Draft, year: number): Settings {
  const profile = profileOf(draft.profileId);
  // Only targets that differ from the profile are saved as the clerk's own.
  const customTargets: Partial<TargetProfile["targets"]> = {};
  for (const { key } of TARGET_FIELDS) {
    const text = (draft.targets[key] ?? "").trim();
    const value = text === "" ? undefined : (parsePercentInput(text) ?? undefined);
    if (value !== undefined && value !== profile.targets[key]) customTargets[key] = value;
  }
  // A profile left as the year picked it stays "by reporting year", so next year picks again.
  const byYear = settings.profileId === "" && profile.id === profileOf("", settings.year).id;
  return {
    ...settings,
    profileId: byYear ? "" : profile.id,
    customTargets: Object.keys(customTargets).length > 0 ? customTargets : undefined,
    keyLeaderRule: draft.keyLeaderRule,
    // Absent, not false, when off: saved settings stay as they were for clerks who never touch these.
    countContractWorkers: draft.countContractWorkers || undefined,
    includeHiddenSheets: draft.includeHiddenSheets || undefined,
    womenRelatedUnits: draft.womenRelatedUnits,
    year,
    agency: draft.agency.trim(),
    document: documentOf(draft.document),
  };
}

/** What each group of fields gets: the strings, the draft and its setter. */
interface FieldsProps {
  s: UiStrings;
  draft: Draft;
  setDraft: React.Dispatch<React.SetStateAction<Draft>>;
}

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }): React.ReactElement {
  return (
    <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
      <legend style={LEGEND}>
        <Text variant="mediumPlus">{legend}</Text>
      </legend>
      {children}
    </fieldset>
  );
}

/** The targets, as percents the clerk may edit. */
function TargetFields({ s, draft, setDraft, errors }: FieldsProps & { errors: Partial<Record<TargetKey, string>> }): React.ReactElement {
  return (
    <Fieldset legend={s.targetsHeading}>
      {TARGET_FIELDS.map(({ key, label }) => (
        <TextField
          key={key}
          label={label(s)}
          value={draft.targets[key] ?? ""}
          suffix="%"
          inputMode="decimal"
          errorMessage={errors[key]}
          onChange={(_e, v) => setDraft((d) => ({ ...d, targets: { ...d.targets, [key]: v ?? "" } }))}
        />
      ))}
    </Fieldset>
  );
}

/** Who else is counted: contract workers, hidden sheets (both off by default). */
function CountedFields({ s, draft, setDraft }: FieldsProps): React.ReactElement {
  return (
    <Fieldset legend={s.countedHeading}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Checkbox
          label={s.countContractWorkers}
          checked={draft.countContractWorkers}
          onChange={(_e, checked) => setDraft((d) => ({ ...d, countContractWorkers: checked === true }))}
        />
        <Checkbox
          label={s.includeHiddenSheets}
          checked={draft.includeHiddenSheets}
          onChange={(_e, checked) => setDraft((d) => ({ ...d, includeHiddenSheets: checked === true }))}
        />
      </Stack>
    </Fieldset>
  );
}

/** The units whose functions mainly concern women, marked among the units found. */
function WomenRelatedFields({ s, draft, setDraft, units }: FieldsProps & { units: string[] }): React.ReactElement {
  return (
    <Fieldset legend={s.womenRelatedUnits}>
      {units.length === 0 ? (
        <Text block>{s.womenRelatedNone}</Text>
      ) : (
        <Stack tokens={{ childrenGap: 6 }}>
          {units.map((u) => (
            <Checkbox
              key={u}
              label={u}
              checked={draft.womenRelatedUnits.includes(u)}
              onChange={(_e, checked) =>
                setDraft((d) => ({
                  ...d,
                  womenRelatedUnits: checked ? [...d.womenRelatedUnits.filter((x) => x !== u), u] : d.womenRelatedUnits.filter((x) => x !== u),
                }))
              }
            />
          ))}
        </Stack>
      )}
    </Fieldset>
  );
}

type Offer = (suggested: string | undefined, current: string, use: (v: string) => void) => React.ReactElement | null;

/** The reporting year and the agency's name (offered from the roster's title block). */
function YearAndAgencyFields(p: FieldsProps & { yearValid: boolean; offer: Offer; suggested?: string }): React.ReactElement {
  const { s, draft, setDraft } = p;
  return (
    <>
      <TextField
        label={s.year}
        value={draft.year}
        inputMode="numeric"
        errorMessage={p.yearValid ? undefined : s.yearInvalid}
        onChange={(_e, v) => setDraft((d) => ({ ...d, year: v ?? "" }))}
      />
      <TextField
        label={s.agency}
        value={draft.agency}
        onChange={(_e, v) => setDraft((d) => ({ ...d, agency: v ?? "" }))}
        onRenderDescription={() => p.offer(p.suggested, draft.agency, (v) => setDraft((d) => ({ ...d, agency: v })))}
      />
    </>
  );
}

/** The báo cáo's header and signer, each with what the roster says offered beneath. */
function DocumentFields({ s, draft, setDraft, offer, suggestions }: FieldsProps & { offer: Offer; suggestions?: DocumentSuggestions }): React.ReactElement {
  return (
    <Fieldset legend={s.documentHeading}>
      <Text block variant="small">
        {s.documentExplain}
      </Text>
      {DOCUMENT_FIELDS.map(({ key, label }) => (
        <TextField
          key={key}
          label={label(s)}
          value={draft.document[key] ?? ""}
          onChange={(_e, v) => setDraft((d) => ({ ...d, document: { ...d.document, [key]: v ?? "" } }))}
          onRenderDescription={() =>
            offer(suggestions?.[key], draft.document[key] ?? "", (v) => setDraft((d) => ({ ...d, document: { ...d.document, [key]: v } })))
          }
        />
      ))}
    </Fieldset>
  );
}

export function SettingsPanel({ isOpen, settings, unitNames, onSave, onDismiss, suggestions }: SettingsPanelProps): React.ReactElement {
  const lang = settings.lang;
  const s = STRINGS[lang];
  const [draft, setDraft] = React.useState<Draft>(() => draftOf(settings));

  // Each opening starts from the settings in force.
  React.useEffect(() => {
    if (isOpen) setDraft(draftOf(settings));
  }, [isOpen, settings]);

  const targetErrors = targetErrorsOf(draft, s);
  const year = validYear(draft.year);
  const valid = Object.keys(targetErrors).length === 0 && year !== null;

  const save = (): void => {
    if (!valid || year === null) return;
    onSave(settingsOfDraft(settings, draft, year));
  };

  // A value the roster names, offered under a field that does not hold it yet.
  const offer: Offer = (suggested, current, use) =>
    suggested && suggested !== current.trim() ? (
      <Text variant="small" block>
        {s.fromRoster(suggested)}{" "}
        <Link onClick={() => use(suggested)} aria-label={`${s.useSuggestion}: ${suggested}`}>
          {s.useSuggestion}
        </Link>
      </Text>
    ) : null;

  const profileOptions: IDropdownOption[] = PROFILES.map((p) => ({ key: p.id, text: lang === "vi" ? p.name : p.nameEn }));
  const ruleOptions: IChoiceGroupOption[] = (["headOrDeputy", "headOnly"] as const).map((r) => ({
    key: r,
    text: s.keyLeaderRules[r],
  }));
  // Units marked earlier but not in this workbook stay listed, so saving never drops them silently.
  const units = [...unitNames, ...draft.womenRelatedUnits.filter((u) => !unitNames.includes(u))];

  return (
    <Panel
      isOpen={isOpen}
      onDismiss={onDismiss}
      type={PanelType.smallFluid}
      headerText={s.settingsTitle}
      closeButtonAriaLabel={s.close}
      isFooterAtBottom={true}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton onClick={save} disabled={!valid}>
            {s.save}
          </PrimaryButton>
          <DefaultButton onClick={onDismiss}>{s.cancel}</DefaultButton>
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={s.profile}
          selectedKey={draft.profileId}
          options={profileOptions}
          // A profile's name is long ("Kế hoạch 2016–2020 (QĐ 515/QĐ-TTg)…"): wrap it, never cut it at 320 px.
          styles={WRAPPING_DROPDOWN}
          onChange={(_e, o) =>
            o && setDraft((d) => ({ ...d, profileId: String(o.key), targets: targetsOf(String(o.key), lang) }))
          }
        />
        <TargetFields s={s} draft={draft} setDraft={setDraft} errors={targetErrors} />
        <ChoiceGroup
          label={s.keyLeaderRule}
          selectedKey={draft.keyLeaderRule}
          options={ruleOptions}
          onChange={(_e, o) => o && setDraft((d) => ({ ...d, keyLeaderRule: o.key as KeyLeaderRule }))}
        />
        <CountedFields s={s} draft={draft} setDraft={setDraft} />
        <WomenRelatedFields s={s} draft={draft} setDraft={setDraft} units={units} />
        <YearAndAgencyFields s={s} draft={draft} setDraft={setDraft} yearValid={year !== null} offer={offer} suggested={suggestions?.agency} />
        <DocumentFields s={s} draft={draft} setDraft={setDraft} offer={offer} suggestions={suggestions} />
      </Stack>
    </Panel>
  );
}
