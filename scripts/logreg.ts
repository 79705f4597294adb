/**
 * Logistic regression for the training scripts (scripts/train-model.ts, scripts/train-school.ts):
 * sparse rows in CSR form, L2-regularised, fitted by full-batch L-BFGS with a backtracking line
 * search, so a fit is deterministic (same rows, same order → same weights).
 */
/** Sparse rows in CSR form. */
export interface Matrix {
  rowPtr: Int32Array;
  cols: Int32Array;
  vals: Float32Array;
  rows: number;
}

export function buildMatrix(rows: { buckets: number[]; values: number[] }[]): Matrix {
  let nnz = 0;
  for (const r of rows) nnz += r.buckets.length;
  const rowPtr = new Int32Array(rows.length + 1);
  const cols = new Int32Array(nnz);
  const vals = new Float32Array(nnz);
  let k = 0;
  rows.forEach((r, i) => {
    rowPtr[i] = k;
    for (let j = 0; j < r.buckets.length; j++) {
      cols[k] = r.buckets[j] ?? 0;
      vals[k] = r.values[j] ?? 0;
      k++;
    }
  });
  rowPtr[rows.length] = k;
  return { rowPtr, cols, vals, rows: rows.length };
}

/** L2-regularised logistic regression by L-BFGS. Returns weights; the last entry is the bias. */
export function fit(
  X: Matrix,
  y: Uint8Array,
  include: (i: number) => boolean,
  C: number,
  dim: number,
  iterations = 100,
): Float64Array {
  const n = dim + 1;
  const w = new Float64Array(n);
  const objective = (wv: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let f = 0;
    for (let i = 0; i < X.rows; i++) {
      if (!include(i)) continue;
      const a = X.rowPtr[i] ?? 0;
      const b = X.rowPtr[i + 1] ?? 0;
      let z = wv[dim] ?? 0;
      for (let k = a; k < b; k++) z += (wv[X.cols[k] ?? 0] ?? 0) * (X.vals[k] ?? 0);
      const yy = y[i] ? 1 : -1;
      const m = yy * z;
      f += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
      const s = (-yy / (1 + Math.exp(m))) * C;
      for (let k = a; k < b; k++) {
        const c = X.cols[k] ?? 0;
        g[c] = (g[c] ?? 0) + s * (X.vals[k] ?? 0);
      }
      g[dim] = (g[dim] ?? 0) + s;
    }
    f *= C;
    for (let j = 0; j < dim; j++) {
      const wj = wv[j] ?? 0;
      f += 0.5 * wj * wj;
      g[j] = (g[j] ?? 0) + wj;
    }
    return f;
  };
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
    return s;
  };
  const M = 8;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let g = new Float64Array(n);
  let f = objective(w, g);
  const q = new Float64Array(n);
  const wn = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    q.set(g);
    const alpha: number[] = new Array<number>(S.length).fill(0);
    for (let i = S.length - 1; i >= 0; i--) {
      const si = S[i] as Float64Array;
      const yi = Y[i] as Float64Array;
      const al = (rho[i] ?? 0) * dot(si, q);
      alpha[i] = al;
      for (let j = 0; j < n; j++) q[j] = (q[j] ?? 0) - al * (yi[j] ?? 0);
    }
    if (S.length > 0) {
      const sl = S[S.length - 1] as Float64Array;
      const yl = Y[Y.length - 1] as Float64Array;
      const gamma = dot(sl, yl) / dot(yl, yl);
      for (let j = 0; j < n; j++) q[j] = (q[j] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(dot(g, g)) || 1;
      for (let j = 0; j < n; j++) q[j] = (q[j] ?? 0) / gn;
    }
    for (let i = 0; i < S.length; i++) {
      const si = S[i] as Float64Array;
      const yi = Y[i] as Float64Array;
      const beta = (rho[i] ?? 0) * dot(yi, q);
      const c = (alpha[i] ?? 0) - beta;
      for (let j = 0; j < n; j++) q[j] = (q[j] ?? 0) + c * (si[j] ?? 0);
    }
    const gd = -dot(g, q);
    let step = 1;
    let fNew = f;
    const gNew = new Float64Array(n);
    for (let ls = 0; ls < 30; ls++) {
      for (let j = 0; j < n; j++) wn[j] = (w[j] ?? 0) - step * (q[j] ?? 0);
      fNew = objective(wn, gNew);
      if (fNew <= f + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = (wn[j] ?? 0) - (w[j] ?? 0);
      yv[j] = (gNew[j] ?? 0) - (g[j] ?? 0);
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > M) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    w.set(wn);
    g = gNew;
    const df = f - fNew;
    f = fNew;
    if (df >= 0 && df < 1e-7 * Math.abs(f)) break;
  }
  return w;
}

export function predict(X: Matrix, i: number, w: Float64Array, dim: number): number {
  let z = w[dim] ?? 0;
  for (let k = X.rowPtr[i] ?? 0; k < (X.rowPtr[i + 1] ?? 0); k++)
    z += (w[X.cols[k] ?? 0] ?? 0) * (X.vals[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
