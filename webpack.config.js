// Builds the task pane into dist/: taskpane.html (+ help.html), the initial bundle, the lazy demo chunk
// (the ExcelJS gateway), manifest.xml and assets/ (icons, the sample workbook).
//   npm run build -- --env prodUrl=https://example.gov.vn/bdg   production, manifest pointing at prodUrl
//   npm start                                                   https dev server on https://localhost:3000
//   --env outDir=/some/dir                                      another output folder (the tests use it)
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_URL = "https://localhost:3000";
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
  const outDir = typeof env.outDir === "string" && env.outDir ? path.resolve(env.outDir) : path.join(ROOT, "dist");

  return {
    mode: production ? "production" : "development",
    context: ROOT,
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
              compilerOptions: { module: "es2020", sourceMap: !production },
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
        files: [{ from: path.join(ROOT, "manifest.xml"), to: "manifest.xml" }],
        dirs: [{ from: path.join(ROOT, "assets"), to: "assets" }],
        replaceFrom: DEV_URL,
        replaceTo: production && prodUrl ? prodUrl : DEV_URL,
      }),
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
