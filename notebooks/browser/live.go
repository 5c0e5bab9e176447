package browser

// JavaScript that exercises a live figure of package plotting/interactive
// in the page, by its uid (the ids are gdi-ctl-UID and gdi-fig-UID).

// MoveSliderJS is a function (uid, n) that moves the first slider of a live
// figure n times, as a learner's drag does (an "input" event each time), and
// after each move waits for the figure the kernel draws for it: the figure
// element's data-seq reaches the event's sequence number. It resolves to
// {latencies: [ms], before, after: the figure's SVG, state: data-state}.
const MoveSliderJS = `async (uid, n) => {
	const ctl = document.getElementById("gdi-ctl-" + uid);
	const input = ctl.querySelector('input[type="range"]');
	const fig = () => document.getElementById("gdi-fig-" + uid);
	const before = fig().querySelector("svg").outerHTML;
	const latencies = [];
	const lo = parseFloat(input.min), hi = parseFloat(input.max);
	for (let i = 0; i < n; i++) {
		// Positions spread over the middle of the range, never repeated
		// twice in a row (the golden-ratio sequence mod 1).
		input.value = String(lo + (hi - lo) * (0.2 + 0.6 * ((0.5 + i * 0.618034) % 1)));
		const t0 = performance.now();
		input.dispatchEvent(new Event("input", {bubbles: true}));
		const seq = globalThis.gdlessons[uid].lastSeq();
		await new Promise((resolve, reject) => {
			let settled = false;
			const check = () => {
				if (settled) {
					return;
				}
				const f = fig();
				if (f && parseInt(f.dataset.seq, 10) >= seq) {
					settled = true;
					latencies.push(performance.now() - t0);
					observer.disconnect();
					resolve();
				} else if (performance.now() - t0 > 20000) {
					settled = true;
					observer.disconnect();
					reject(new Error("no figure for event " + seq + " within 20 s"));
				}
			};
			const observer = new MutationObserver(check);
			observer.observe(document.body, {childList: true, subtree: true, attributes: true});
			const poll = () => { check(); if (!settled) setTimeout(poll, 5); };
			poll();
		});
	}
	const f = fig();
	return {latencies: latencies, before: before, after: f.querySelector("svg").outerHTML, state: f.dataset.state};
}`

// ClickTargetJS is a function (uid, fx, fy) that returns where to click, in
// viewport CSS pixels, to hit the data point at fractions (fx, fy) of the
// first panel's data range, and that point: {px, py, x, y, tol}. tol is
// the data distance of one CSS pixel, the precision a click can have.
const ClickTargetJS = `(uid, fx, fy) => {
	const fig = document.getElementById("gdi-fig-" + uid);
	fig.scrollIntoView({block: "center"});
	const svg = fig.querySelector("svg");
	const f = JSON.parse(fig.dataset.frames)[0];
	const h = parseFloat(fig.dataset.h);
	const x = f.XMin + fx * (f.XMax - f.XMin), y = f.YMin + fy * (f.YMax - f.YMin);
	const cx = f.MinX + fx * (f.MaxX - f.MinX), cy = f.MinY + fy * (f.MaxY - f.MinY);
	// From the figure's points (y down in SVG) to the screen, by the
	// browser's own mapping of the SVG.
	const m = svg.getScreenCTM();
	const p = new DOMPoint(cx, h - cy).matrixTransform(m);
	const px = p.x, py = p.y;
	const tol = Math.max((f.XMax - f.XMin) / ((f.MaxX - f.MinX) * m.a), (f.YMax - f.YMin) / ((f.MaxY - f.MinY) * m.d));
	return {px: px, py: py, x: x, y: y, tol: tol};
}`

// FigureStateJS is a function (uid) that returns the live figure's
// data-state (JSON) and data-seq.
const FigureStateJS = `(uid) => {
	const f = document.getElementById("gdi-fig-" + uid);
	return f ? JSON.stringify({state: JSON.parse(f.dataset.state || "null"), seq: parseInt(f.dataset.seq, 10)}) : "null";
}`
