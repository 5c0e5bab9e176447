// The lessons' outputs rendered by JupyterLab's own code: this page, served
// by the Notebook server under /static/gdlab/, starts a kernel through
// @jupyterlab/services, runs a notebook's code cells one by one, and shows
// each cell's outputs in an @jupyterlab/outputarea OutputArea with the
// standard renderers of @jupyterlab/rendermime, as JupyterLab's notebook
// does. The browser test (notebooks/browser_test.go) drives it through
// globalThis.gdlab.
import { KernelManager, ServerConnection } from "@jupyterlab/services";
import { RenderMimeRegistry, standardRendererFactories } from "@jupyterlab/rendermime";
import { OutputArea, OutputAreaModel } from "@jupyterlab/outputarea";
import { Widget } from "@lumino/widgets";

const params = new URLSearchParams(location.search);
const settings = ServerConnection.makeSettings({
    baseUrl: location.origin + "/",
    wsUrl: location.origin.replace(/^http/, "ws") + "/",
    token: params.get("token") || "",
});
const rendermime = new RenderMimeRegistry({ initialFactories: standardRendererFactories });

const state = { started: false, done: false, error: "", cells: [] };

// sourceOf joins a cell's source, a string or a list of lines.
const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join("") : cell.source || "");

// figuresIn counts the outputs of an area that show a figure: an <img>
// that loaded, or an <svg> with something drawn in it, with a visible size.
function figuresIn(node) {
    let figures = 0, svgs = 0, imgs = 0;
    for (const out of node.querySelectorAll(".jp-OutputArea-output")) {
        const visible = (n) => { const r = n.getBoundingClientRect(); return r.width > 20 && r.height > 20; };
        const svg = out.querySelector("svg");
        const img = out.querySelector("img");
        if (svg && svg.querySelector("path, text, image") && visible(svg)) { figures++; svgs++; }
        else if (img && img.complete && img.naturalWidth > 0 && visible(img)) {
            figures++;
            if ((img.getAttribute("src") || "").startsWith("data:image/svg")) { svgs++; } else { imgs++; }
        }
    }
    return { figures, svgs, imgs };
}

// errorsIn lists an output model's errors and standard-error text.
function errorsIn(model) {
    const errs = [];
    for (const o of model.toJSON()) {
        if (o.output_type === "error") {
            errs.push(o.ename + ": " + o.evalue);
        } else if (o.output_type === "stream" && o.name === "stderr") {
            errs.push(Array.isArray(o.text) ? o.text.join("") : o.text);
        }
    }
    return errs;
}

function addCell(index, source, model) {
    const div = document.createElement("div");
    div.className = "gdlab-cell";
    div.id = "gdlab-cell-" + index;
    const pre = document.createElement("pre");
    pre.className = "gdlab-source";
    pre.textContent = source;
    div.appendChild(pre);
    document.getElementById("gdlab-cells").appendChild(div);
    const area = new OutputArea({ model, rendermime });
    Widget.attach(area, div);
    return { div, area };
}

// run executes the code cells of the notebook at path (relative to the
// server's folder) in a new kernel of kernelName, one after the other. With
// a plan (a list of {index, source, kind}), it runs the plan's sources
// instead, shown under those indices: the browser test sends the live cells
// of a lesson, each after the declarations of the cells before it (kind
// "declarations"), so that the widgets are exercised without compiling and
// running the whole lesson a second time.
async function run(path, kernelName, plan) {
    state.started = true;
    document.getElementById("gdlab-title").textContent = path + " in JupyterLab's renderers";
    try {
        const resp = await ServerConnection.makeRequest(settings.baseUrl + "api/contents/" + encodeURI(path), {}, settings);
        if (!resp.ok) {
            throw new Error("GET " + path + ": " + resp.status);
        }
        const nb = (await resp.json()).content;
        const manager = new KernelManager({ serverSettings: settings });
        // Wait for the manager's first list of running kernels: a list
        // requested before startNew's kernel exists but answered after it
        // would make the manager take the new kernel for shut down, and
        // cancel its requests ("Canceled future for execute_request").
        await manager.ready;
        const kernel = await manager.startNew({ name: kernelName });
        state.kernelId = kernel.id;
        const cells = [];
        const steps = plan || nb.cells.map((c, i) => ({ index: i, source: sourceOf(c), kind: c.cell_type === "code" ? "cell" : "" }));
        for (const st of steps) {
            if (!st.kind) {
                continue;
            }
            const model = new OutputAreaModel({ trusted: true });
            const entry = { index: st.index, source: st.source, kind: st.kind, status: "queued", reply: "", model };
            Object.assign(entry, addCell(st.index, entry.source, model));
            cells.push(entry);
            state.cells.push(entry);
        }
        for (const c of cells) {
            document.getElementById("gdlab-status").textContent = "running cell " + c.index;
            c.status = "running";
            const future = kernel.requestExecute({ code: c.source, stop_on_error: true });
            c.area.future = future;
            const reply = await future.done;
            c.reply = reply.content.status;
            c.status = "done";
        }
        state.done = true;
        document.getElementById("gdlab-status").textContent = "done";
    } catch (e) {
        state.error = String(e && e.stack || e);
        state.done = true;
        document.getElementById("gdlab-status").textContent = "failed: " + state.error;
    }
}

// status describes the run as JSON, in the shape of the classic Notebook's
// (notebooks/browser/classic.go): cells with their outputs, live figures.
function status() {
    const live = [];
    for (const el of document.querySelectorAll(".gdi-controls.gdi-live")) {
        const cellEl = el.closest(".gdlab-cell");
        const done = el.querySelector('button[data-action="done"]');
        live.push({ uid: el.id.replace("gdi-ctl-", ""), cell: cellEl ? parseInt(cellEl.id.replace("gdlab-cell-", ""), 10) : -1, enabled: !!done && !done.disabled });
    }
    return JSON.stringify({
        started: state.started, done: state.done, error: state.error, kernelId: state.kernelId || "",
        cells: state.cells.map((c) => Object.assign({
            index: c.index, source: c.source, kind: c.kind, status: c.status, reply: c.reply,
            errors: errorsIn(c.model), text: c.div.innerText,
        }, figuresIn(c.div))),
        live,
    });
}

// renderSaved renders saved outputs (nbformat JSON, one list per cell) the
// way JupyterLab shows a notebook reopened from disk without trust: HTML is
// sanitised, SVG is not trusted and falls back to the PNG of the bundle.
function renderSaved(outputsPerCell, trusted) {
    const old = document.getElementById("gdlab-saved");
    if (old) {
        old.remove();
    }
    const holder = document.createElement("div");
    holder.id = "gdlab-saved";
    document.body.appendChild(holder);
    return JSON.stringify(outputsPerCell.map((outputs, i) => {
        const model = new OutputAreaModel({ trusted: trusted, values: outputs });
        const div = document.createElement("div");
        div.className = "gdlab-cell";
        holder.appendChild(div);
        Widget.attach(new OutputArea({ model, rendermime }), div);
        return { index: i, text: div.innerText };
    }));
}

// savedFigures counts, after the renderers had time to load the images,
// the figures of the cells renderSaved made.
function savedFigures() {
    return JSON.stringify(Array.from(document.querySelectorAll("#gdlab-saved > .gdlab-cell")).map((d) => figuresIn(d)));
}

globalThis.gdlab = { run, status, renderSaved, savedFigures };
document.getElementById("gdlab-status").textContent = "ready";
