// Injected: bakes each pin's translate/scale into its path, removing the <g> transform.
(() => {
  const tf = (d, a, b, s) => {
    const toks = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g); let out = [], cmd = null, i = 0;
    const num = () => parseFloat(toks[i++]);
    while (i < toks.length) {
      if (/[a-zA-Z]/.test(toks[i])) { cmd = toks[i++]; out.push(cmd); if (cmd === 'z' || cmd === 'Z') continue; }
      switch (cmd) {
        case 'M': case 'L': out.push(a + s * num(), b + s * num()); if (cmd === 'M') cmd = 'L'; break;
        case 'H': out.push(a + s * num()); break;
        case 'V': out.push(b + s * num()); break;
        case 'm': case 'l': out.push(s * num(), s * num()); if (cmd === 'm') cmd = 'l'; break;
        case 'h': case 'v': out.push(s * num()); break;
        case 'a': out.push(s * num(), s * num(), num(), num(), num(), s * num(), s * num()); break;
        default: throw new Error('cmd ' + cmd);
      }
    }
    return out.join(' ');
  };
  let n = 0;
  for (const g of document.querySelectorAll('svg.svg-map g[data-place][transform]')) {
    const m = g.getAttribute('transform').match(/translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)\s*scale\(([-\d.e]+)\)/);
    if (!m) continue; const [a, b, s] = [+m[1], +m[2], +m[3]];
    const p = g.querySelector('path'); p.setAttribute('d', tf(p.getAttribute('d'), a, b, s));
    p.setAttribute('stroke-width', String(parseFloat(p.getAttribute('stroke-width')) * s));
    g.removeAttribute('transform'); n++;
  }
  return n;
})()
