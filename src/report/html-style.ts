/**
 * The brief's only style sheet, inlined in the page. Colours keep text at WCAG AA contrast;
 * the print rules keep table headers on each page and unfold every <details>, so paper shows all.
 */
export const BRIEF_CSS = `
body{font:15px/1.5 system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
a{color:#0b4f9c}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
td,th{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f0f0f0}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.wide{overflow-x:auto}
.toc ol{columns:2}
section{margin-bottom:1.5rem}
/* A long brief lays out only what is on screen: the browser skips off-screen parts until scrolled to. */
.part,.part section,.part details{content-visibility:auto;contain-intrinsic-size:auto 40rem}
blockquote{margin:1rem 0 .3rem;padding:.3rem .8rem;border-left:4px solid #888;background:#f7f7f7}
details>summary{cursor:pointer;padding:.2rem 0}
.text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;background:#fafafa}
.chrome{color:#555;background:#eee}
mark.quote{background:#fff3b0;color:inherit}
.verdict,.badge,.claim{font-weight:600;padding:0 .35rem;border-radius:3px;white-space:nowrap}
.verbatim{background:#c8f7c5}.paraphrase{background:#d6ecff}.supported{background:#e0f0ff}.altered{background:#ffd2cc}
.unsupported{background:#ffc2c2}.no_primary{background:#e6e6e6}
.altered-row,.unsupported-row{background:#fff6f4}
.badge{background:#ececec}
.stance-demand{background:#ffe0b8}.stance-red-line{background:#ffc9c9}.stance-offer{background:#cdf3d0}
.stance-condition{background:#fff0b3}.stance-rejection{background:#f3c6e4}.stance-assessment{background:#dbe4ff}
.changed{font-weight:600;color:#8a3b00}
.claim.conflict{background:#ffc2c2}.claim.agree{background:#c8f7c5}.claim.single-source{background:#e6e6e6}
q{quotes:"“" "”" "‘" "’"}
@media print{
body{max-width:none;margin:0;font-size:10pt}
a{color:inherit;text-decoration:none}
thead{display:table-header-group}
tr{break-inside:avoid}
details>summary{list-style:none}
details::details-content{content-visibility:visible;display:block}
.part,.part section,.part details{content-visibility:visible}
}
`;
