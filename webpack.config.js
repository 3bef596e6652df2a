// Builds the task pane into dist/: taskpane.html (+ help.html), the initial bundle, the lazy demo chunk
// (the ExcelJS gateway), manifest.xml and assets/ (icons, the sample workbook).
//   npm run build -- --env prodUrl=https://example.gov.vn/bdg   production, manifest pointing at prodUrl
//   npm start                                                   https dev server on https://localhost:3000
//   --env outDir=/some/dir                                      another output folder (the tests use it)
//   --env officeJsUrl=https://intranet.example.gov.vn/office/office.js
//                                     office.js from the agency's own copy instead of Microsoft's CDN (README, IT section)
// The pane is compiled for ES2017 so that EdgeHTML (Office 2016/2019 retail) runs it; Trident (IE11) gets the
// ES5 src/taskpane/boot.js message instead (see boot.js).
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000";
/** Where taskpane.html loads office.js from unless --env officeJsUrl says otherwise. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The JavaScript level of every emitted script: EdgeHTML has ES2017 but not ?. or ?? (ES2020). */
const ES_TARGET = "es2017";
const PORT = 3000;
const ROOT = __dirname;
/** Text files in which the dev URL is replaced by the production URL; everything else is copied as bytes. */
const TEXT_FILE = /\.(xml|html|json|txt|md|css|svg)$/i;

/** Every file under dir, as paths relative to dir (forward slashes). */
function listFiles(dir, prefix = "") {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

/**
 * Copies manifest.xml and assets/ into the output, replacing the dev URL by the production one in text files.
 * A small plugin instead of copy-webpack-plugin, which the project does not depend on.
 */
class CopyAddinFilesPlugin {
  constructor(options) {
    this.files = options.files; // [{ from: absolute path, to: output-relative path }]
    this.dirs = options.dirs; // [{ from: absolute dir, to: output-relative dir }]
    this.replaceFrom = options.replaceFrom;
    this.replaceTo = options.replaceTo;
  }

  apply(compiler) {
    const name = "CopyAddinFilesPlugin";
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const pairs = [...this.files];
        for (const dir of this.dirs) {
          compilation.contextDependencies.add(dir.from);
          for (const rel of listFiles(dir.from)) pairs.push({ from: path.join(dir.from, rel), to: `${dir.to}/${rel}` });
        }
        for (const { from, to } of pairs) {
          if (!fs.existsSync(from)) {
            compilation.warnings.push(new webpack.WebpackError(`${name}: ${path.relative(ROOT, from)} is missing; not copied`));
            continue;
          }
          compilation.fileDependencies.add(from);
          let content = fs.readFileSync(from);
          if (TEXT_FILE.test(from) && this.replaceTo !== this.replaceFrom) {
            content = Buffer.from(content.toString("utf8").split(this.replaceFrom).join(this.replaceTo), "utf8");
          }
          compilation.emitAsset(to, new RawSource(content));
        }
      });
    });
  }
}

/** The https options of the dev server: Office's dev certificates when installed, else webpack-dev-server's own. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    const options = {};
    for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
    return { type: "https", options };
  }
  return "https";
}

/**
 * Points taskpane.html at another copy of office.js: the boot script's data-office-js attribute and the
 * Content-Security-Policy's script-src/frame-src origin. Nothing else of the page changes.
 */
class OfficeJsUrlPlugin {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const name = "OfficeJsUrlPlugin";
    const { RawSource } = compiler.webpack.sources;
    const cdnOrigin = new URL(OFFICE_JS_CDN).origin;
    const origin = new URL(this.url).origin;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const asset = compilation.getAsset("taskpane.html");
        if (!asset) return;
        const html = asset.source.source().toString();
        if (!html.includes(OFFICE_JS_CDN)) {
          compilation.errors.push(new webpack.WebpackError(`${name}: taskpane.html does not name ${OFFICE_JS_CDN}`));
          return;
        }
        const out = html.split(OFFICE_JS_CDN).join(this.url).split(cdnOrigin).join(origin);
        compilation.updateAsset("taskpane.html", new RawSource(out));
      });
    });
  }
}

/**
 * Character-class body (no brackets) matching exactly what \p{name} matches, from this Node's own Unicode
 * tables: Unicode property escapes are ES2018 and EdgeHTML rejects the whole script over one of them.
 */
function propertyClassBody(name) {
  const re = new RegExp(`\\p{${name}}`, "u");
  const hex = (cp) => `\\u{${cp.toString(16)}}`;
  let body = "";
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const inside = cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      body += start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`;
      start = -1;
    }
  }
  return body;
}

/** Replaces \p{…} inside regular-expression character classes ([^\p{L}]) by explicit code-point ranges. */
function lowerPropertyEscapes(code, file) {
  const cache = new Map();
  return code.replace(/(?<!\\)\\p\{(\w+)\}/g, (match, name, offset) => {
    const before = code.slice(Math.max(0, offset - 200), offset);
    if (before.lastIndexOf("[") <= before.lastIndexOf("]"))
      throw new Error(`${file}: ${match} outside a character class cannot be lowered to ES2017`);
    if (!cache.has(name)) cache.set(name, propertyClassBody(name));
    return cache.get(name);
  });
}

/**
 * Lowers every emitted script to ES2017 with esbuild (a dev dependency already), after minification. ts-loader
 * compiles our code for ES2017, but libraries arrive pre-built with newer syntax (object spread in Fluent UI and
 * ExcelJS, ES2018), which EdgeHTML cannot parse. Each script is wrapped in a function (format "iife") so the
 * helpers esbuild adds stay local; webpack's chunks only talk through self.webpackChunk….
 * boot.js is left alone: it is ES5 by hand (test/excel/paneBuild.test.ts parses it as ES5).
 */
class LowerScriptsPlugin {
  constructor(target, minify) {
    this.target = target;
    this.minify = minify;
  }

  apply(compiler) {
    const name = "LowerScriptsPlugin";
    const { RawSource } = compiler.webpack.sources;
    const esbuild = require("esbuild");
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1;
      compilation.hooks.processAssets.tap({ name, stage }, (assets) => {
        for (const file of Object.keys(assets)) {
          if (!file.endsWith(".js") || file === "boot.js") continue;
          const code = lowerPropertyEscapes(compilation.getAsset(file).source.source().toString(), file);
          const out = esbuild.transformSync(code, {
            target: this.target,
            format: "iife",
            minify: this.minify,
            legalComments: "none",
            charset: "utf8",
          });
          compilation.updateAsset(file, new RawSource(out.code));
        }
      });
    });
  }
}

function printSideloadHelp(url) {
  const manifest = path.join(ROOT, "manifest.xml");
  const lines = [
    "",
    "Bình đẳng giới — máy chủ phát triển đang chạy / dev server running",
    `  Thử ngoài Excel (demo) / demo outside Excel:  ${url}/taskpane.html`,
    "  (Trình duyệt báo chứng chỉ tự ký: chấp nhận một lần. / Accept the self-signed certificate once.)",
    "",
    "Nạp phần bổ trợ vào Excel (sideload) bằng tệp / with the manifest:",
    `  ${manifest}`,
    "  • Windows: chia sẻ một thư mục (vd. C:\\AddinManifests) thành \\\\TEN-MAY\\AddinManifests, chép manifest.xml vào;",
    "    Excel > Tệp > Tùy chọn > Trung tâm Tin cậy > Thiết đặt > Danh mục Phần bổ trợ Tin cậy: thêm đường dẫn chia sẻ,",
    "    chọn “Hiện trong menu”, khởi động lại Excel; Trang đầu > Phần bổ trợ > Nâng cao > THƯ MỤC CHIA SẺ.",
    "    (Share a folder, add it under Trust Center > Trusted Add-in Catalogs, tick Show in Menu, restart Excel,",
    "     then Home > Add-ins > Advanced > SHARED FOLDER.)",
    "  • Mac: chép manifest.xml vào / copy manifest.xml into",
    "    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef  (tạo thư mục nếu chưa có / create it if missing),",
    "    khởi động lại Excel; Trang đầu > Phần bổ trợ / Home > Add-ins > Developer add-ins.",
    "  • Excel trên web / Excel on the web: Trang đầu > Phần bổ trợ > Thêm phần bổ trợ > Tải lên Phần bổ trợ của tôi",
    "    (Home > Add-ins > More Add-ins > Upload My Add-in), chọn manifest.xml.",
    "",
  ];
  console.log(lines.join("\n"));
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const prodUrl = typeof env.prodUrl === "string" && env.prodUrl ? env.prodUrl.replace(/\/+$/, "") : null;
  if (prodUrl && !/^https:\/\//.test(prodUrl)) throw new Error(`--env prodUrl must start with https:// (got ${prodUrl})`);
  if (production && !prodUrl) console.warn(`Chú ý / note: no --env prodUrl given; manifest.xml keeps ${DEV_URL}.`);
  const officeJsUrl = typeof env.officeJsUrl === "string" && env.officeJsUrl ? env.officeJsUrl : null;
  if (officeJsUrl && !/^https:\/\/[^/]+\/.+\.js$/i.test(officeJsUrl))
    throw new Error(`--env officeJsUrl must be an https:// address of office.js (got ${officeJsUrl})`);
  const outDir = typeof env.outDir === "string" && env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist");

  return {
    mode: production ? "production" : "development",
    context: ROOT,
    target: ["web", ES_TARGET],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: outDir,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // Node built-ins are never needed in the browser (the gateways keep file I/O out of the pane's path).
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      // ExcelJS's browser build is already bundled and minified.
      noParse: /exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles. ES modules keep import() lazy.
              transpileOnly: true,
              compilerOptions: { module: "es2020", target: ES_TARGET, sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
      new CopyAddinFilesPlugin({
        files: [
          { from: path.join(ROOT, "manifest.xml"), to: "manifest.xml" },
          // ES5, copied as written: it must run where the bundle cannot (Trident).
          { from: path.join(ROOT, "src/taskpane/boot.js"), to: "boot.js" },
        ],
        dirs: [{ from: path.join(ROOT, "assets"), to: "assets" }],
        replaceFrom: DEV_URL,
        replaceTo: production && prodUrl ? prodUrl : DEV_URL,
      }),
      ...(officeJsUrl ? [new OfficeJsUrlPlugin(officeJsUrl)] : []),
      new LowerScriptsPlugin(ES_TARGET, production),
    ],
    performance: { hints: false }, // the gzip budget of the initial JS is asserted by test/browser/bundle.test.ts
    devServer: {
      port: PORT,
      server: devServerHttps(),
      static: false,
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
      headers: { "Cache-Control": "no-store" },
      onListening: () => printSideloadHelp(DEV_URL),
    },
  };
};
