// Starts the extras (src/bin/strike-extras.rs): loaded by the explorer once its
// first chart is drawn. Everything it loads comes from beside this file.
import init from "./strike-extras.js";
init({ module_or_path: new URL("./strike-extras_bg.wasm", import.meta.url) });
