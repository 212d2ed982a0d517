//! Shared by the end-to-end tests and the browser benchmark: a static file
//! server for the built app on 127.0.0.1, a WebDriver server, and a WebDriver
//! client driving Chromium, Firefox ESR or WebKitGTK (see [`Engine`]).
#![allow(dead_code)]

use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The built app: `$STRIKE_DIST`, or `dist/` at the crate root.
pub fn dist_dir() -> PathBuf {
    std::env::var_os("STRIKE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"))
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn serve_one(mut stream: TcpStream, root: &Path, cors: bool) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    // Drain the headers.
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? <= 2 {
            break;
        }
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let rel = path.trim_start_matches('/');
    let file = if rel.is_empty() || rel.contains("..") {
        root.join("index.html")
    } else {
        root.join(rel)
    };
    // A folder's address serves its index, as any static host does.
    let file = if file.is_dir() {
        file.join("index.html")
    } else {
        file
    };
    let (status, body, kind) = match std::fs::File::open(&file) {
        Ok(mut f) => {
            let mut body = Vec::new();
            f.read_to_end(&mut body)?;
            ("200 OK", body, content_type(&file))
        }
        Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    // As GitHub Pages does, when asked: files readable from any origin, which an
    // iframe sandboxed without allow-same-origin (an opaque origin) needs.
    let cors = if cors {
        "Access-Control-Allow-Origin: *\r\n"
    } else {
        ""
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{cors}Connection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

/// Serves `root` on 127.0.0.1 on a free port, in a background thread, and
/// returns the base URL.
pub fn serve(root: PathBuf) -> String {
    serve_with(root, false)
}

/// As [`serve`], and with `cors`, every file readable from any origin
/// (`Access-Control-Allow-Origin: *`), as some static hosts send.
pub fn serve_with(root: PathBuf, cors: bool) -> String {
    assert!(
        root.join("index.html").exists(),
        "no built app in {}: build it with `trunk build --release` (scripts/test.sh does)",
        root.display()
    );
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || {
                let _ = serve_one(stream, &root, cors);
            });
        }
    });
    format!("http://{addr}")
}

/// A running ChromeDriver, stopped when dropped.
pub struct Driver {
    child: Child,
    /// Its URL.
    pub url: String,
}

impl Drop for Driver {
    /// Stops the driver and every browser it started, even when a test
    /// failed before closing its session: the driver leads a process group
    /// of its own (see [`webdriver`]), and the whole group is stopped.
    /// (Killing geckodriver alone leaves Firefox running.)
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// The browser engine the end-to-end tests drive: `$STRIKE_BROWSER`, one of
/// `chromium` (the default), `firefox` (Firefox ESR through geckodriver) or
/// `webkit` (WebKitGTK's MiniBrowser through WebKitWebDriver, under an X
/// display such as `xvfb-run`'s). `scripts/test.sh` runs the suite in all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium, through ChromeDriver.
    Chromium,
    /// Firefox ESR, through geckodriver.
    Firefox,
    /// WebKitGTK, Safari's engine family, through WebKitWebDriver.
    WebKit,
}

/// The engine this run drives (see [`Engine`]).
pub fn engine() -> Engine {
    match std::env::var("STRIKE_BROWSER").as_deref() {
        Ok("firefox") => Engine::Firefox,
        Ok("webkit") => Engine::WebKit,
        Ok("chromium") | Ok("") | Err(_) => Engine::Chromium,
        Ok(other) => panic!("STRIKE_BROWSER={other}: use chromium, firefox or webkit"),
    }
}

/// Whether this run drives Chromium. A test that needs something only
/// ChromeDriver offers (the browser's console log, a phone's screen emulated
/// below 500 px, a download folder set per session) says so and does that part
/// in Chromium only.
pub fn is_chromium() -> bool {
    engine() == Engine::Chromium
}

/// Starts the WebDriver server for [`engine`] on a free port: ChromeDriver
/// (`$CHROMEDRIVER`), geckodriver (`$GECKODRIVER`) or WebKitWebDriver
/// (`$WEBKIT_DRIVER`), each else found on PATH.
pub fn webdriver() -> Driver {
    let (var, default) = match engine() {
        Engine::Chromium => ("CHROMEDRIVER", "chromedriver"),
        Engine::Firefox => ("GECKODRIVER", "geckodriver"),
        Engine::WebKit => ("WEBKIT_DRIVER", "WebKitWebDriver"),
    };
    let bin = std::env::var(var)
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| default.to_string());
    let port = free_port();
    let mut cmd = Command::new(&bin);
    match engine() {
        Engine::Firefox => cmd.args(["--port", &port.to_string(), "--log", "fatal"]),
        _ => cmd.arg(format!("--port={port}")),
    };
    if engine() == Engine::WebKit {
        // WebKitGTK saves downloads in the desktop's download folder, which
        // GLib reads from $XDG_CONFIG_HOME/user-dirs.dirs: one for this driver.
        let downloads = downloads_dir(&format!("http://127.0.0.1:{port}"));
        let config = std::env::temp_dir().join(format!("strike-explorer-xdg-{port}"));
        let _ = std::fs::create_dir_all(&config);
        let _ = std::fs::write(
            config.join("user-dirs.dirs"),
            format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()),
        );
        cmd.env("XDG_CONFIG_HOME", &config);
    }
    // A process group of its own, so that dropping the driver stops the
    // browsers it started too.
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {bin}: {e} (scripts/test.sh installs it)"));
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{bin} did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    }
}

/// The browser for [`engine`], headless where it can be, with a window
/// `width` by `height` CSS pixels.
pub async fn browser(driver: &Driver, width: u32, height: u32) -> Client {
    browser_with(driver, width, height, &[]).await
}

/// As [`browser`], with more command-line switches for Chromium (the other
/// engines take none of its switches, so a test that needs one is Chromium's).
pub async fn browser_with(driver: &Driver, width: u32, height: u32, extra: &[&str]) -> Client {
    start_browser(driver, width, height, extra, false).await
}

/// As [`browser`], with the page told the reader prefers a dark screen
/// (`prefers-color-scheme: dark`), where the engine can be asked to: Chromium
/// and Firefox. Check `matchMedia` in the page to know.
pub async fn browser_dark(driver: &Driver, width: u32, height: u32) -> Client {
    start_browser(driver, width, height, &[], true).await
}

async fn start_browser(
    driver: &Driver,
    width: u32,
    height: u32,
    extra: &[&str],
    dark: bool,
) -> Client {
    // Downloads go to a folder of the test's own, without asking.
    let downloads = downloads_dir(&driver.url);
    let caps = match engine() {
        Engine::Chromium => {
            let mut args = extra.to_vec();
            if dark {
                args.push("--blink-settings=preferredColorScheme=0");
            }
            chromium_caps(&downloads, width, height, &args)
        }
        Engine::Firefox => firefox_caps(&downloads, width, height, dark),
        Engine::WebKit => webkit_caps(),
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let c = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .unwrap_or_else(|e| panic!("a WebDriver session in {:?}: {e}", engine()));
    if engine() != Engine::Chromium {
        fit_window(&c, width, height).await;
    }
    c
}

/// Sizes the window so that the page's viewport is `width` by `height` CSS
/// pixels, as near as the engine allows (a window's frame and toolbar are
/// outside the viewport).
async fn fit_window(c: &Client, width: u32, height: u32) {
    let _ = c.set_window_size(width, height).await;
    let inner = js_string(c, "return [innerWidth, innerHeight].join(',')").await;
    let mut it = inner.split(',').filter_map(|v| v.parse::<i64>().ok());
    if let (Some(w), Some(h)) = (it.next(), it.next()) {
        let dw = width as i64 - w;
        let dh = height as i64 - h;
        if dw != 0 || dh != 0 {
            let _ = c
                .set_window_size(
                    (width as i64 + dw).max(1) as u32,
                    (height as i64 + dh).max(1) as u32,
                )
                .await;
        }
    }
}

fn chromium_caps(
    downloads: &Path,
    width: u32,
    height: u32,
    extra: &[&str],
) -> serde_json::Map<String, serde_json::Value> {
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".to_string(),
        "--disable-gpu".to_string(),
        "--disable-dev-shm-usage".to_string(),
        "--disable-background-networking".to_string(),
        "--disable-component-update".to_string(),
        "--disable-sync".to_string(),
        "--disable-quic".to_string(),
        "--no-first-run".to_string(),
        "--hide-scrollbars".to_string(),
        format!("--window-size={},{height}", width.max(500)),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let mut caps = serde_json::Map::new();
    let mut chrome = serde_json::json!({
        "args": args,
        "prefs": {
            "download.default_directory": downloads.to_string_lossy(),
            "download.prompt_for_download": false,
        },
    });
    // Chromium's windows are at least 500 px wide: narrower screens are emulated,
    // as a phone with two screen pixels to the CSS pixel.
    if width < 500 {
        chrome["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 2.0, "touch": true }
        });
    }
    if let Ok(bin) = std::env::var("CHROME_PATH") {
        chrome["binary"] = serde_json::Value::String(bin);
    }
    caps.insert("goog:chromeOptions".to_string(), chrome);
    // The browser's console, for `console_errors`.
    caps.insert(
        "goog:loggingPrefs".to_string(),
        serde_json::json!({ "browser": "ALL" }),
    );
    caps
}

fn firefox_caps(
    downloads: &Path,
    width: u32,
    height: u32,
    dark: bool,
) -> serde_json::Map<String, serde_json::Value> {
    let mut firefox = serde_json::json!({
        "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
        "prefs": {
            "browser.download.dir": downloads.to_string_lossy(),
            "browser.download.folderList": 2,
            "browser.download.useDownloadDir": true,
            "browser.download.always_ask_before_handling_new_types": false,
            "browser.helperApps.neverAsk.saveToDisk": "image/png,image/svg+xml,text/csv",
            // A closed network: no update, telemetry or safe-browsing calls.
            "app.update.enabled": false,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "toolkit.telemetry.enabled": false,
            "network.captive-portal-service.enabled": false,
            "network.connectivity-service.enabled": false,
        },
    });
    if dark {
        // 0: dark, 1: light.
        firefox["prefs"]["layout.css.prefers-color-scheme.content-override"] = 0.into();
    }
    if let Ok(bin) = std::env::var("FIREFOX_PATH") {
        if !bin.is_empty() {
            firefox["binary"] = serde_json::Value::String(bin);
        }
    }
    let mut caps = serde_json::Map::new();
    caps.insert("moz:firefoxOptions".to_string(), firefox);
    caps
}

fn webkit_caps() -> serde_json::Map<String, serde_json::Value> {
    let bin = std::env::var("MINIBROWSER")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".to_string());
    let mut caps = serde_json::Map::new();
    caps.insert(
        "webkitgtk:browserOptions".to_string(),
        serde_json::json!({ "binary": bin, "args": ["--automation"] }),
    );
    caps
}

/// Where a browser started by [`browser`] on this driver saves downloads (made
/// empty when the browser starts).
pub fn downloads_dir(driver_url: &str) -> PathBuf {
    let port = driver_url.rsplit(':').next().unwrap_or("0");
    let dir = std::env::temp_dir().join(format!("strike-explorer-downloads-{port}"));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// Waits up to 10 s for a file named `name` to finish downloading into `dir`,
/// and returns its bytes.
pub async fn downloaded(dir: &Path, name: &str) -> Vec<u8> {
    let file = dir.join(name);
    for _ in 0..100 {
        // Chromium writes `.crdownload` until it is done, Firefox `.part`.
        let partial = dir.join(format!("{name}.crdownload"));
        let part = dir.join(format!("{name}.part"));
        if file.exists() && !partial.exists() && !part.exists() {
            if let Ok(bytes) = std::fs::read(&file) {
                if !bytes.is_empty() {
                    return bytes;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{name} was not downloaded into {}", dir.display());
}

/// The browser console's errors since the last call, through ChromeDriver's
/// log endpoint, from the page and every frame in it. Only ChromeDriver has
/// such an endpoint: in the other engines this is empty, and the tests that
/// call it also look for the page's own error panel, which every engine shows.
pub async fn console_errors(c: &Client, driver: &Driver) -> Vec<String> {
    if !is_chromium() {
        return Vec::new();
    }
    let id = c.session_id().await.ok().flatten().expect("a session");
    let port = driver.url.rsplit(':').next().expect("a port");
    let body = r#"{"type":"browser"}"#;
    let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).expect("chromedriver");
    write!(
        stream,
        "POST /session/{id}/se/log HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("ask for the log");
    // Read the head, then as many bytes as it says (the driver may keep the
    // connection open), or until it closes (a chunked reply ends with 0).
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("a timeout");
    let mut bytes = Vec::new();
    let mut buf = [0u8; 65536];
    loop {
        let n = match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        bytes.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&bytes);
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length = head.lines().find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")
                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
            });
            match length {
                Some(len) if body.len() >= len => break,
                None if body.ends_with("0\r\n\r\n") => break,
                _ => {}
            }
        }
    }
    let reply = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap_or(("", "{}"));
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        unchunk(body)
    } else {
        body.to_string()
    };
    let json: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
    json["value"]
        .as_array()
        .map(|entries| {
            entries
                .iter()
                .filter(|e| e["level"] == "SEVERE")
                .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The body of a chunked HTTP reply, put back together.
fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Opens the app at `url` and waits until it is all on screen: the summary
/// and charts come first, the inputs and the calendar just after them.
pub async fn open_app(c: &Client, url: &str) {
    c.goto(url).await.expect("navigate");
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("cal-title"))
        .await
        .expect("the app shows its calendar");
    // It builds its weeks a few at a time, busy until all are in.
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(".calendar .days:not([aria-busy])"))
        .await
        .expect("the calendar has all its weeks");
    // The preset picker comes with the calendar (the extras), at the top.
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("preset"))
        .await
        .expect("the app shows its preset picker");
}

/// Opens the embed view at `url` and waits until it has drawn its charts.
pub async fn open_embed(c: &Client, url: &str) {
    c.goto(url).await.expect("navigate");
    wait_for(c, "chart-backlog").await;
}

/// Runs JavaScript and returns its result as a string.
pub async fn js_string(c: &Client, script: &str) -> String {
    match c.execute(script, vec![]).await.expect("script runs") {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// Opens every group of the panel (and every other `<details>`) and waits until
/// the last group's inputs are built: closed groups are not rendered.
pub async fn open_all_groups(c: &Client) {
    c.execute(
        "document.querySelectorAll('details').forEach(d => d.open = true)",
        vec![],
    )
    .await
    .expect("open groups");
    c.wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Id("f-yes"))
        .await
        .expect("the ballot group's inputs appear");
}

/// Runs axe-core (`$STRIKE_AXE_JS`, installed by scripts/tools.sh) in the page
/// and returns its serious and critical violations, one line each.
pub async fn axe_serious(c: &Client) -> Vec<String> {
    let path = std::env::var("STRIKE_AXE_JS").expect("STRIKE_AXE_JS: run through scripts/test.sh");
    let axe = std::fs::read_to_string(&path).expect("axe.min.js");
    c.execute(&axe, vec![]).await.expect("load axe-core");
    let result = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(
               r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' places, e.g. ' + v.nodes[0].target.join(' ') + ')')));",
            vec![],
        )
        .await
        .expect("axe runs");
    serde_json::from_value(result).unwrap_or_default()
}

/// Waits until a script's result satisfies `ok`, or 10 s pass, and returns it.
pub async fn until_js(c: &Client, script: &str, ok: impl Fn(&str) -> bool) -> String {
    let mut now = String::new();
    for _ in 0..100 {
        now = js_string(c, script).await;
        if ok(&now) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    now
}

/// Clicks the element with this id as a person does: on the button where it
/// is drawn. It is brought to the middle of the window first and the page
/// allowed to draw (two frames), as a person sees a button before tapping
/// it. WebKit's driver aims at the page as last drawn: a click sent just
/// after the page grew above the button (a table arriving, say) could land
/// on what the button had been drawn over, and be lost.
pub async fn click(c: &Client, id: &str) {
    click_found(c, Locator::Id(id)).await;
}

/// Clicks the first element `css` finds, as [`click`] does.
pub async fn click_css(c: &Client, css: &str) {
    click_found(c, Locator::Css(css)).await;
}

async fn click_found(c: &Client, at: Locator<'_>) {
    let el = c
        .find(at)
        .await
        .unwrap_or_else(|_| panic!("nothing at {at:?}"));
    click_on(c, &el).await;
}

/// Clicks `el`, as [`click`] does: in the middle of the window, once drawn.
pub async fn click_on(c: &Client, el: &fantoccini::elements::Element) {
    settle_on(c, el).await;
    el.click().await.expect("click");
}

/// Brings `el` to the middle of the window and waits two frames for the
/// page to draw (see [`click`]).
pub async fn settle_on(c: &Client, el: &fantoccini::elements::Element) {
    let arg = serde_json::to_value(el).expect("element as JSON");
    c.execute_async(
        "const [el, done] = arguments;
         el.scrollIntoView({ block: 'center', inline: 'nearest' });
         requestAnimationFrame(() => requestAnimationFrame(() => done(null)));",
        vec![arg],
    )
    .await
    .expect("settle");
}

/// Waits up to 20 s for the element with this id. If it never shows, the
/// panic says why the wait ended (time, or the browser's error) and what
/// the page was doing: its address, whether it loaded, whether the app
/// started or crashed, and the start of its text.
pub async fn wait_for(c: &Client, id: &str) {
    let found = c
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id(id))
        .await;
    if let Err(error) = found {
        let state = c
            .execute(
                "const crash = document.getElementById('crash');
                 return JSON.stringify({
                   address: location.href.slice(0, 200),
                   ready: document.readyState,
                   app_children: (document.getElementById('app') || {}).childElementCount,
                   static_copy: !!document.getElementById('s-chart-backlog'),
                   loader: document.documentElement.getAttribute('data-first-view-moved'),
                   crashed: !!crash && !crash.hidden,
                   text: (document.body ? document.body.innerText : '').slice(0, 400),
                 });",
                vec![],
            )
            .await
            .map(|v| v.to_string())
            .unwrap_or_else(|e| format!("(the page did not answer: {e})"));
        panic!("#{id} never showed ({error}); the page: {state}");
    }
}

/// The text of the first element `css` finds.
pub async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .expect(css)
        .text()
        .await
        .expect("text")
}

/// The headline figure `id` as shown.
pub async fn figure(c: &Client, id: &str) -> String {
    text(c, &format!("[data-figure='{id}'] .figure-value")).await
}

/// Waits until `read` gives something other than `before`, or 5 s pass.
pub async fn changed_from(c: &Client, before: &str, css: &str) -> String {
    for _ in 0..50 {
        let now = text(c, css).await;
        if now != before {
            return now;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    text(c, css).await
}

/// Waits until the text at `css` satisfies `ok`, or 5 s pass, and returns it.
pub async fn until(c: &Client, css: &str, ok: impl Fn(&str) -> bool) -> String {
    for _ in 0..50 {
        if let Ok(el) = c.find(Locator::Css(css)).await {
            let now = el.text().await.unwrap_or_default();
            if ok(&now) {
                return now;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    c.find(Locator::Css(css))
        .await
        .map(|_| ())
        .unwrap_or_else(|_| panic!("no {css}"));
    text(c, css).await
}

/// Types into a box as a person does: select what is there, type over it,
/// and leave with Tab. (WebDriver's `clear` would fire a change of its own.)
pub async fn type_over(c: &Client, id: &str, typed: &str) {
    let el = c.find(Locator::Id(id)).await.expect("a box");
    settle_on(c, &el).await;
    el.click().await.expect("click");
    el.send_keys(&format!("{}a{}", Key::Control, Key::Null))
        .await
        .expect("select all");
    el.send_keys(typed).await.expect("type");
    el.send_keys(&Key::Tab.to_string()).await.expect("tab away");
}

/// The value in a form field, as the page holds it.
pub async fn value_of(c: &Client, id: &str) -> String {
    js_string(c, &format!("return document.getElementById('{id}').value")).await
}

/// Serves the built app, opens it in a window `width` CSS pixels wide, and
/// runs `f` with the browser and the app's address.
pub async fn with_app<F, Fut>(width: u32, f: F)
where
    F: FnOnce(Client, String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let url = serve(dist_dir());
    let driver = webdriver();
    let c = browser(&driver, width, 1000).await;
    open_app(&c, &url).await;
    f(c.clone(), url).await;
    let _ = c.close().await;
}
