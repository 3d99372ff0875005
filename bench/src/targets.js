/** Our speed targets, as checks over one run's results (ratios to JSON.stringify, same run). */
import { verdict } from './pages/process-spread.js';

// "Cost must grow linearly": per-item cost at 10,000 items may exceed its cost at 1,000 by this
// much (a quadratic cost would be 10x). Each size is measured in its own process
// (scaling-worker.js); the 10,000-vs-100 growth is printed next to JSON.stringify's.
const LINEAR_TOLERANCE = 1.5;

// Our components' share of the thank-you page's whole server render.
const PAGE_SHARE = 0.01;

export function evaluateTargets({ main, scaling, frameworks, pages = {} }) {
  const ratio = (input, contender) => main[input][contender].ratio;
  const targets = [
    ['serializer ≤ 1.2× on the typical benign order', ratio('benign', 'ours-serialize'), 1.2],
    ['serializer ≤ 1.5× on the typical hostile order', ratio('typical', 'ours-serialize'), 1.5],
    ['serializer ≤ 2× on the 1,000-item hostile order', ratio('big-hostile', 'ours-serialize'), 2],
    ['buildPostcheckout ≤ 2× on the typical order', ratio('typical', 'ours-build'), 2],
    ['buildPostcheckout ≤ 2× on the rich order', ratio('rich', 'ours-build'), 2],
    ['buildPostcheckout ≤ 2× on the rich order as a shop passes it', ratio('rich-shop', 'ours-build'), 2],
  ].map(([label, value, limit]) => ({ label, value: `${value.toFixed(2)}×`, met: value <= limit }));

  for (const input of Object.keys(main)) {
    for (const rival of ['serialize-javascript', 'devalue']) {
      const build = ratio(input, 'ours-build');
      const other = ratio(input, rival);
      targets.push({
        label: `buildPostcheckout faster than ${rival} (${input})`,
        value: `${build.toFixed(2)}× vs ${other.toFixed(2)}×`,
        met: build < other,
      });
    }
  }
  const growth = (contender, from, to) => scaling[contender][to].perItem / scaling[contender][from].perItem;
  for (const contender of ['ours-serialize', 'ours-build']) {
    const linear = growth(contender, 1000, 10000);
    targets.push({
      label: `${contender}: linear growth (per-item cost at 10,000 items ≤ ${LINEAR_TOLERANCE}× at 1,000)`,
      value: `${linear.toFixed(2)}× (10,000 vs 100: ${growth(contender, 100, 10000).toFixed(2)}×, JSON.stringify ${growth('json', 100, 10000).toFixed(2)}×)`,
      met: linear <= LINEAR_TOLERANCE,
    });
  }
  for (const [name, result] of Object.entries(frameworks)) {
    const label = `${name} renderToString ≤ 1.2× a bare <script>`;
    if (result.skip) targets.push({ label, value: 'skipped', met: undefined, note: result.skip });
    else {
      targets.push({ label, value: `${result.ratio.toFixed(2)}×`, met: result.ratio <= 1.2 });
      // What the adapter itself adds: it must build the snippet per render, which a bare <script>
      // with precomputed code does not.
      const own = result.ratio / result.buildRatio;
      targets.push({
        label: `${name} adapter's own cost ≤ 1.2× (bare <script> + buildPostcheckout per render)`,
        value: `${own.toFixed(2)}×`,
        met: own <= 1.2,
      });
    }
  }
  for (const [name, result] of Object.entries(pages)) {
    // A comparison row (not our components) has no target.
    if (result.reference) continue;
    const label = `${name}: our share of the thank-you page's server render ≤ 1%`;
    if (result.skip) targets.push({ label, value: 'skipped', met: undefined, note: result.skip });
    else {
      // Met only when the whole interval is under 1%; not met when it is all above; undecided between.
      const percent = (share) => `${(share * 100).toFixed(2)}%`;
      const [low, high] = result.shareInterval;
      const value = `${percent(result.share)} (95% interval ${percent(low)} to ${percent(high)}; A/A control ${percent(result.control)})`;
      const met = verdict({ interval: result.shareInterval }, PAGE_SHARE);
      targets.push({ label, value, met, ...(met === null ? { note: 'the interval spans 1%' } : {}) });
    }
  }
  return targets;
}
