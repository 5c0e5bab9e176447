package browser

// JavaScript run in JupyterLab's page to drive and read the notebook open
// in it, through the application object that the server exposes
// (globalThis.jupyterapp, see StartLab): the notebook panel is the main
// area's current widget, its cells are panel.content.widgets, its kernel
// is panel.sessionContext.session.kernel. Commands are the ones
// JupyterLab's menus run.

// labPanel opens each script: the notebook panel, as p (the main area's
// current widget, or else its first notebook).
const labPanel = `const p = (() => {
		const isNotebook = (w) => !!w && !!w.content && !!w.sessionContext && !!w.context;
		const cur = jupyterapp.shell.currentWidget;
		return isNotebook(cur) ? cur : Array.from(jupyterapp.shell.widgets("main")).find(isNotebook) || null;
	})();`

// LabReady is true once the notebook is open and its kernel connected and
// not busy. (gonb's status stays "unknown" until its first cell: it
// publishes no status for the kernel_info request.)
const LabReady = `(() => {
	if (!globalThis.jupyterapp || !jupyterapp.shell) {
		return false;
	}
	` + labPanel + `
	if (!p || !p.context || !p.context.isReady || !p.sessionContext || !p.content || p.content.widgets.length === 0) {
		return false;
	}
	const k = p.sessionContext.session && p.sessionContext.session.kernel;
	return !!k && k.connectionStatus === "connected" && (k.status === "idle" || k.status === "unknown");
})()`

// LabLoaded is true once JupyterLab's page has loaded its application.
const LabLoaded = `!!(globalThis.jupyterapp && jupyterapp.shell)`

// LabOpen is a function (path) that opens the notebook at path (relative
// to the served folder) in the loaded application, as a double click in
// the file browser does; it reads the file from disk.
const LabOpen = `async (path) => { await jupyterapp.commands.execute("docmanager:open", {path: path, factory: "Notebook"}); return true; }`

// LabOpened is true once the notebook is open, its file read and its cells
// shown, whether or not its kernel is ready.
const LabOpened = `(() => {
	if (!globalThis.jupyterapp || !jupyterapp.shell) {
		return false;
	}
	` + labPanel + `
	return !!p && !!p.context && p.context.isReady && !!p.content && p.content.widgets.length > 0;
})()`

// LabKernelID is the id of the notebook's kernel, "" while it has none.
const LabKernelID = `(() => {
	` + labPanel + `
	const k = p && p.sessionContext.session && p.sessionContext.session.kernel;
	return k ? k.id : "";
})()`

// LabRunAll runs every cell, as Run ▸ Run All Cells does.
const LabRunAll = `(() => { jupyterapp.commands.execute("notebook:run-all-cells"); return true; })()`

// LabStatus describes the notebook's cells and live figures as JSON:
// {busy, cells: [{index, type, source, count, running}], live: [{uid, cell, enabled}]}.
// A code cell that has run has a number for count, "null" before; running
// is true while it waits or runs (its prompt shows [*]). A live figure is
// a controls element the page script enabled.
const LabStatus = `(() => {
	` + labPanel + `
	const cells = p.content.widgets.map((c, i) => ({
		index: i,
		type: c.model.type,
		source: c.model.sharedModel.getSource(),
		count: c.model.type === "code" ? String(c.model.executionCount) : "",
		running: c.model.type === "code" && (c.model.executionState === "running" || (!!c.promptNode && c.promptNode.textContent.includes("*"))),
	}));
	const live = [];
	for (const el of p.node.querySelectorAll(".gdi-controls.gdi-live")) {
		const cellEl = el.closest(".jp-Cell");
		const index = p.content.widgets.findIndex((c) => c.node === cellEl);
		const done = el.querySelector('button[data-action="done"]');
		live.push({uid: el.id.replace("gdi-ctl-", ""), cell: index, enabled: !!done && !done.disabled});
	}
	const k = p.sessionContext.session && p.sessionContext.session.kernel;
	return JSON.stringify({busy: !k || k.status === "busy" || k.status === "starting", cells: cells, live: live});
})()`

// LabOutputs describes every code cell's outputs as shown, as JSON:
// [{index, errors: [text], figures, svgs, imgs, text, trusted, figure}].
// An error is an output JupyterLab shows as standard error (a stderr stream
// or an error); a figure is an output holding an <svg> with a drawing or
// an <img> that has loaded, at least 20 × 20 pixels; figure is the markup
// of the cell's last figure, to tell whether it changed.
const LabOutputs = `(() => {
	` + labPanel + `
	const visible = (n) => { const r = n.getBoundingClientRect(); return r.width > 20 && r.height > 20; };
	return JSON.stringify(p.content.widgets.map((c, i) => {
		if (c.model.type !== "code") {
			return {index: i, errors: [], figures: 0, text: ""};
		}
		const area = c.outputArea.node;
		const errors = [];
		for (const e of area.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) {
			errors.push(e.innerText);
		}
		let figures = 0, svgs = 0, imgs = 0, figure = "";
		for (const out of area.querySelectorAll(".jp-OutputArea-output")) {
			const svg = out.querySelector("svg");
			const img = out.querySelector("img");
			if (svg && svg.querySelector("path, text, image") && visible(svg)) { figures++; svgs++; figure = svg.outerHTML; }
			else if (img && img.complete && img.naturalWidth > 0 && visible(img)) { figures++; imgs++; figure = img.src; }
		}
		return {index: i, errors: errors, figures: figures, svgs: svgs, imgs: imgs, text: area.innerText, trusted: c.model.trusted, figure: figure};
	}));
})()`

// LabSave saves the notebook, as File ▸ Save Notebook does, and resolves
// to true once the file is written.
const LabSave = `(async () => {
	` + labPanel + `
	await jupyterapp.commands.execute("docmanager:save");
	return !p.context.model.dirty;
})()`

// LabInterrupt interrupts the kernel, as Kernel ▸ Interrupt Kernel does.
const LabInterrupt = `(async () => { await jupyterapp.commands.execute("notebook:interrupt-kernel"); return true; })()`

// LabCloseAndShutdown shuts the notebook's kernel down and closes the
// notebook, as File ▸ Close and Shut Down Notebook does (without its
// question).
const LabCloseAndShutdown = `(async () => {
	` + labPanel + `
	await p.sessionContext.shutdown();
	p.dispose();
	return true;
})()`

// LabMarkCell is a function (i) that gives cell i the id gdt-cell-i, for a
// screenshot of it alone.
const LabMarkCell = `(i) => { ` + labPanel + ` p.content.widgets[i].node.id = "gdt-cell-" + i; return true; }`

// LabEditorPoint is a function (i, needle, value) that scrolls code cell i
// into view and returns, as JSON {x, y, offset}, the viewport point just
// after value inside the first occurrence of needle in the cell's source
// (where a click puts the cursor at the end of value), and that position's
// offset in the source; null when the source has no needle.
const LabEditorPoint = `async (i, needle, value) => {
	` + labPanel + `
	const c = p.content.widgets[i];
	const src = c.model.sharedModel.getSource();
	const at = src.indexOf(needle);
	if (at < 0 || needle.indexOf(value) < 0) {
		return "null";
	}
	const offset = at + needle.indexOf(value) + value.length;
	c.node.scrollIntoView({block: "center"});
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	const ed = c.editor;
	const r = ed.getCoordinateForPosition(ed.getPositionAt(offset));
	return JSON.stringify({x: r.left, y: (r.top + r.bottom) / 2, offset: offset});
}`

// LabCursor is a function (i) that returns, as JSON {offset, active,
// editing}, the cursor's offset in cell i's editor, whether the cell is the
// active one, and whether the notebook is in edit mode.
const LabCursor = `(i) => {
	` + labPanel + `
	const c = p.content.widgets[i];
	const ed = c.editor;
	return JSON.stringify({offset: ed.getOffsetAt(ed.getCursorPosition()), active: p.content.activeCellIndex === i, editing: p.content.mode === "edit"});
}`

// LabActivateOther is a function (i) that makes a cell other than cell i
// the active one (the next, or the previous for the last cell) and
// deselects every cell, as a learner's click elsewhere in the notebook
// does; once the notebook has redrawn (two animation frames) it resolves
// to JSON {active, cellActive}: the active cell's index and whether cell
// i's node still shows itself active (jp-mod-active).
const LabActivateOther = `async (i) => {
	` + labPanel + `
	const n = p.content.widgets.length;
	p.content.activeCellIndex = i + 1 < n ? i + 1 : i - 1;
	p.content.deselectAll();
	await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	return JSON.stringify({active: p.content.activeCellIndex, cellActive: p.content.widgets[i].node.classList.contains("jp-mod-active")});
}`
