package browser

// JavaScript run in the classic Notebook's page (Jupyter Notebook 6.4,
// whose page object is globalThis.Jupyter) to drive and read it.

// ClassicReady is true once the notebook is loaded and its kernel connected.
const ClassicReady = `(() => {
	const nb = globalThis.Jupyter && Jupyter.notebook;
	return !!(nb && nb._fully_loaded && nb.kernel && nb.kernel.is_connected());
})()`

// ClassicKernelID is the id of the notebook's kernel.
const ClassicKernelID = `Jupyter.notebook.kernel.id`

// ClassicRunAll runs every cell, as Cell ▸ Run All does, except that a
// failing cell does not stop the ones after it (each is sent with
// stop_on_error false, so every problem of a notebook shows in one run;
// gonb v0.11.4 ignores stop_on_error anyway). It records, in
// globalThis.gdtTimes, the page's clock (performance.now(), ms) when the
// cells were sent and when each finished (the notebook's
// finished_execute.CodeCell event: the reply and the idle status arrived),
// for ClassicTimes.
const ClassicRunAll = `(() => {
	const nb = Jupyter.notebook;
	const times = globalThis.gdtTimes = {sent: performance.now(), done: {}};
	nb.events.on("finished_execute.CodeCell", (e, d) => { times.done[nb.find_cell_index(d.cell)] = performance.now(); });
	for (const c of nb.get_cells()) {
		if (c.cell_type === "code") {
			c.execute(false);
		}
	}
	return true;
})()`

// ClassicTimes returns, as JSON {sent, done: {index: ms}}, the times
// ClassicRunAll recorded. The kernel runs one cell at a time, in order, so
// a cell's time is from the end of the code cell before it (or from sent,
// for the first) to its own end; for a cell with a live figure that
// includes the time the test spends playing with it.
const ClassicTimes = `JSON.stringify(globalThis.gdtTimes || null)`

// ClassicStatus describes the notebook's cells and live figures as JSON:
// {busy, cells: [{index, type, source, count, running}], live: [{uid, cell}]}.
// A code cell that has run has a number for count; "*" while it waits or
// runs. A live figure is a controls element the page script enabled.
const ClassicStatus = `(() => {
	const nb = Jupyter.notebook;
	const cells = nb.get_cells().map((c, i) => ({
		index: i,
		type: c.cell_type,
		source: c.get_text(),
		count: c.cell_type === "code" ? String(c.input_prompt_number) : "",
		running: c.element.hasClass("running"),
	}));
	const live = [];
	for (const el of document.querySelectorAll(".gdi-controls.gdi-live")) {
		const cellEl = el.closest(".cell");
		const index = nb.get_cells().findIndex((c) => c.element[0] === cellEl);
		const done = el.querySelector('button[data-action="done"]');
		live.push({uid: el.id.replace("gdi-ctl-", ""), cell: index, enabled: !!done && !done.disabled});
	}
	const icon = document.getElementById("kernel_indicator_icon");
	return JSON.stringify({busy: !!icon && icon.classList.contains("kernel_busy_icon"), cells: cells, live: live});
})()`

// ClassicOutputs describes every code cell's outputs as shown, as JSON:
// [{index, errors: [text], figures, svgs, imgs, text}]. A figure is an
// output holding an <svg> with a drawing or an <img> that has loaded.
const ClassicOutputs = `(() => {
	return JSON.stringify(Jupyter.notebook.get_cells().map((c, i) => {
		if (c.cell_type !== "code") {
			return {index: i, errors: [], figures: 0, text: ""};
		}
		const el = c.element[0];
		const errors = [];
		for (const e of el.querySelectorAll(".output_error, .output_stderr")) {
			errors.push(e.innerText);
		}
		let figures = 0, svgs = 0, imgs = 0;
		for (const area of el.querySelectorAll(".output_area")) {
			const svg = area.querySelector("svg");
			const img = area.querySelector("img");
			const visible = (n) => { const r = n.getBoundingClientRect(); return r.width > 20 && r.height > 20; };
			if (svg && svg.querySelector("path, text, image") && visible(svg)) { figures++; svgs++; }
			else if (img && img.complete && img.naturalWidth > 0 && visible(img)) { figures++; imgs++; }
		}
		const out = el.querySelector(".output");
		return {index: i, errors: errors, figures: figures, svgs: svgs, imgs: imgs, text: out ? out.innerText : ""};
	}));
})()`

// ClassicSave saves the notebook and resolves when it is written.
const ClassicSave = `Jupyter.notebook.save_notebook().then(() => true)`

// ClassicInterrupt interrupts the kernel, as the ■ button does.
const ClassicInterrupt = `Jupyter.notebook.kernel.interrupt(); true`
