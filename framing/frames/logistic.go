package frames

// logistic.go: L2-regularised logistic regression, fitted two ways.
//
// Both minimise scikit-learn's objective (LogisticRegression with penalty="l2", the
// intercept not penalised):
//
//	J(w, b) = C · Σ_i ℓ_i + ½ ‖w‖²
//
// with ℓ_i the negative log-likelihood of document i: softplus(η_i) − y_i·η_i for one
// frame (η_i = x_i·w + b, y_i ∈ {0, 1}), or logsumexp_k(η_ik) − η_i,y_i for exclusive
// frames (one weight vector and intercept per frame; the multinomial model).
//
// dualFit fits one frame by Newton's method in the n-dimensional span of the training
// rows. The minimiser's w lies in that span (w = Xᵀα: the gradient of J in w is
// Xᵀ(C·r) + w, so at the optimum w = −C·Xᵀr), so the problem is exactly
//
//	min over α, b of  C · Σ_i ℓ(y_i, (Kα)_i + b) + ½ αᵀKα,   K = XXᵀ
//
// and each Newton step costs one Cholesky factorisation of an n×n matrix whatever the
// number of terms. For coded samples (hundreds to a few thousand documents, ten thousand
// or more terms) that is much cheaper than working with the p weights, converges to
// machine precision in a handful of steps, and lets every frame, every C and every
// cross-validation fold share one Gram matrix K. The step is solved in the form of
// Rasmussen & Williams (2006, Gaussian Processes for Machine Learning, algorithm 3.1),
// whose matrix B = I + S K S (S = diag(√d), d the Hessian weights) has every eigenvalue at
// least 1, so it stays well conditioned even when the data are separable and the d vanish.
//
// primalFit fits the multinomial model (and one frame when there are more training
// documents than newtonMax) by L-BFGS in the weights themselves: each step costs one pass
// over the sparse matrix. (gonum's optimize package has an L-BFGS, but importing it brings
// golang.org/x/tools into the module through its CMA-ES code; the method is short enough
// to keep here, tested against scikit-learn like the Newton solver.)

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/lapack64"
)

// newtonMax is the largest number of training documents fitted by dualFit; larger
// samples are fitted by primalFit, whose cost grows with the number of non-zero
// entries rather than with the cube of the documents.
const newtonMax = 2000

// errNoConvergence is returned when a solver stops before converging.
var errNoConvergence = errors.New("frames: the solver did not converge")

// softplus returns ln(1 + e^x) without overflow.
func softplus(x float64) float64 {
	if x > 0 {
		return x + math.Log1p(math.Exp(-x))
	}
	return math.Log1p(math.Exp(x))
}

// sigmoid returns 1/(1 + e^−x) without overflow.
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// A dualFit holds the state of the Newton solver for one frame: the kernel of the
// training documents, their codes, and the solution (α per training document, b).
type dualFit struct {
	n     int
	k     []float64 // n×n kernel of the training rows, row-major
	y     []float64 // 0 or 1
	alpha []float64
	b     float64
	// tol is where the Newton decrement, relative to 1 + |J|, stops the iterations:
	// 1e-13 (to rounding) unless set.
	tol float64
	// The path's tangent at the last solution: d(α, b)/dC at C = tanC (0: none).
	tanA       []float64
	tanB, tanC float64

	// scratch
	ka, eta, r, s, u, dAlpha, kd, v, trial []float64
	bmat, rhs                              []float64 // n×n and n×2, row-major
}

// newDualFit returns a solver for n training documents with kernel k (n×n, row-major,
// shared and not modified) and codes y. α and b start at zero.
func newDualFit(k []float64, n int, y []float64) *dualFit {
	f := &dualFit{n: n, k: k, y: y, alpha: make([]float64, n), tol: 1e-13, bmat: make([]float64, n*n), rhs: make([]float64, 2*n)}
	for _, p := range []*[]float64{&f.ka, &f.eta, &f.r, &f.s, &f.u, &f.dAlpha, &f.kd, &f.v, &f.trial, &f.tanA} {
		*p = make([]float64, n)
	}
	return f
}

// kmul sets out = K·x.
func (f *dualFit) kmul(x, out []float64) {
	n := f.n
	for i := 0; i < n; i++ {
		row := f.k[i*n : (i+1)*n]
		s := 0.0
		for j, kij := range row {
			s += kij * x[j]
		}
		out[i] = s
	}
}

// loss returns C·Σℓ for linear predictors eta.
func (f *dualFit) loss(c float64, eta []float64) float64 {
	s := 0.0
	for i, e := range eta {
		s += softplus(e) - f.y[i]*e
	}
	return c * s
}

// solve runs Newton's method from the current α, b for penalty C, to machine precision.
func (f *dualFit) solve(c float64) error {
	n := f.n
	if n == 0 {
		return fmt.Errorf("frames: no training documents")
	}
	if f.tanC > 0 && c != f.tanC {
		// Start from the tangent's prediction, on the scale of ln C, along which the path
		// bends less: (α, b) + C₀·ln(C/C₀)·d(α, b)/dC.
		h := f.tanC * math.Log(c/f.tanC)
		for i := range f.alpha {
			f.alpha[i] += h * f.tanA[i]
		}
		f.b += h * f.tanB
	}
	f.kmul(f.alpha, f.ka) // kept up to date below
	for iter := 0; iter < 200; iter++ {
		quad := 0.0
		for i := range f.eta {
			f.eta[i] = f.ka[i] + f.b
			quad += f.alpha[i] * f.ka[i]
		}
		obj := f.loss(c, f.eta) + quad/2
		sumR := 0.0
		for i, e := range f.eta {
			p := sigmoid(e)
			f.r[i] = p - f.y[i]
			sumR += f.r[i]
			f.s[i] = math.Sqrt(c * p * (1 - p))
			f.u[i] = c*f.r[i] + f.alpha[i] // the gradient in α is K·u
		}
		// B = I + S K S (lower triangle), and the right-hand sides −S K u and s.
		for i := 0; i < n; i++ {
			row, krow := f.bmat[i*n:(i+1)*n], f.k[i*n:(i+1)*n]
			si := f.s[i]
			for j := 0; j <= i; j++ {
				row[j] = si * krow[j] * f.s[j]
			}
			row[i]++
		}
		f.kmul(f.u, f.kd)
		for i := 0; i < n; i++ {
			f.rhs[2*i] = -f.s[i] * f.kd[i]
			f.rhs[2*i+1] = f.s[i]
		}
		if _, ok := lapack64.Potrf(blas64.Symmetric{Uplo: blas.Lower, N: n, Stride: n, Data: f.bmat}); !ok {
			return fmt.Errorf("%w: the Newton matrix is not positive definite", errNoConvergence)
		}
		cholSolve2(f.bmat, n, f.rhs)
		// a0 = rhs[:,0] = B⁻¹(−S K u), a1 = rhs[:,1] = B⁻¹ s.
		sa0, sa1 := 0.0, 0.0
		for i := 0; i < n; i++ {
			sa0 += f.s[i] * f.rhs[2*i]
			sa1 += f.s[i] * f.rhs[2*i+1]
		}
		db := 0.0
		if sa1 > 1e-300 {
			db = (-c*sumR - sa0) / sa1
		}
		for i := range f.dAlpha {
			sv := f.rhs[2*i] + f.rhs[2*i+1]*db
			f.dAlpha[i] = -f.u[i] - f.s[i]*sv
		}
		// The step's change in η, v = KΔα + Δb, and the directional derivative gᵀΔ.
		f.kmul(f.dAlpha, f.kd)
		slope, kdd, kda := c*sumR*db, 0.0, 0.0
		for i := range f.v {
			f.v[i] = f.kd[i] + db
			slope += f.kd[i] * f.u[i]
			kdd += f.dAlpha[i] * f.kd[i]
			kda += f.dAlpha[i] * f.ka[i]
		}
		if !(slope < 0) {
			return nil // no descent left: converged to rounding
		}
		if -slope <= f.tol*(1+math.Abs(obj)) {
			// −slope/2 is the Newton decrement, the decrease the step promises: this close
			// to the minimum the full step is exact to rounding, and the last.
			f.step(1, db)
			f.tangent(c)
			return nil
		}
		// Backtracking (Armijo) on J along the step; η and αᵀKα are exact in t.
		step := 1.0
		for ; step > 1e-12; step /= 2 {
			for i := range f.trial {
				f.trial[i] = f.eta[i] + step*f.v[i]
			}
			next := f.loss(c, f.trial) + (quad+2*step*kda+step*step*kdd)/2
			if next <= obj+1e-4*step*slope {
				break
			}
		}
		if step <= 1e-12 {
			return nil // the objective cannot decrease further at this precision
		}
		f.step(step, db)
	}
	return fmt.Errorf("%w: 200 Newton steps", errNoConvergence)
}

// cholSolve2 solves L·Lᵀ·x = b in place for the two right-hand sides interleaved in
// rhs (n×2, row-major), L the lower triangle of l (n×n, row-major), by forward and back
// substitution. (lapack64.Potrs does the same through a general triangular solve that
// cost as much as the factorization at these sizes.)
func cholSolve2(l []float64, n int, rhs []float64) {
	for i := 0; i < n; i++ { // L·y = b
		row := l[i*n : i*n+i]
		s0, s1 := rhs[2*i], rhs[2*i+1]
		for k, lik := range row {
			s0 -= lik * rhs[2*k]
			s1 -= lik * rhs[2*k+1]
		}
		d := l[i*n+i]
		rhs[2*i], rhs[2*i+1] = s0/d, s1/d
	}
	for i := n - 1; i >= 0; i-- { // Lᵀ·x = y
		s0, s1 := rhs[2*i], rhs[2*i+1]
		for k := i + 1; k < n; k++ {
			lki := l[k*n+i]
			s0 -= lki * rhs[2*k]
			s1 -= lki * rhs[2*k+1]
		}
		d := l[i*n+i]
		rhs[2*i], rhs[2*i+1] = s0/d, s1/d
	}
}

// tangent sets the path's tangent d(α, b)/dC at the solution for C, from the last Newton
// step's factorization (B, S and r at the solution to rounding). Differentiating the
// optimality conditions C·r + α = 0 and Σr = 0 in C gives the Newton system with u
// replaced by r and the intercept's right-hand side by 0.
func (f *dualFit) tangent(c float64) {
	n := f.n
	f.kmul(f.r, f.kd)
	for i := 0; i < n; i++ {
		f.rhs[2*i] = -f.s[i] * f.kd[i]
		f.rhs[2*i+1] = f.s[i]
	}
	cholSolve2(f.bmat, n, f.rhs)
	sa0, sa1 := 0.0, 0.0
	for i := 0; i < n; i++ {
		sa0 += f.s[i] * f.rhs[2*i]
		sa1 += f.s[i] * f.rhs[2*i+1]
	}
	db := 0.0
	if sa1 > 1e-300 {
		db = -sa0 / sa1
	}
	for i := range f.tanA {
		f.tanA[i] = -f.r[i] - f.s[i]*(f.rhs[2*i]+f.rhs[2*i+1]*db)
	}
	f.tanB, f.tanC = db, c
}

// step moves α and b by t times the Newton step (Δα in dAlpha, KΔα in kd, Δb = db).
func (f *dualFit) step(t, db float64) {
	for i := range f.alpha {
		f.alpha[i] += t * f.dAlpha[i]
		f.ka[i] += t * f.kd[i]
	}
	f.b += t * db
}

// predict returns the linear predictor of the documents whose kernel rows against the
// training documents are krow(i) (one per test document).
func (f *dualFit) predict(krows [][]float64) []float64 {
	out := make([]float64, len(krows))
	for t, row := range krows {
		s := f.b
		for i, kij := range row {
			s += kij * f.alpha[i]
		}
		out[t] = s
	}
	return out
}

// A primalFit fits the multinomial model (classes ≥ 2, one weight vector per class, codes
// label[i] in 0..classes−1) or one frame (classes == 1, codes label[i] in {0, 1}) with
// gonum's L-BFGS on the rows idx of x. The parameters are theta: classes×p weights
// (class-major) and then classes intercepts.
type primalFit struct {
	x       *csr
	idx     []int
	label   []int
	classes int
	theta   []float64
}

func newPrimalFit(x *csr, idx []int, label []int, classes int) *primalFit {
	return &primalFit{x: x, idx: idx, label: label, classes: classes, theta: make([]float64, classes*(x.cols+1))}
}

// eval returns J at theta and, if grad is not nil, its gradient. Sums run in row order.
func (f *primalFit) eval(c float64, theta, grad []float64) float64 {
	p, k := f.x.cols, f.classes
	w, b := theta[:k*p], theta[k*p:]
	if grad != nil {
		// ½‖w‖² has gradient w; the intercepts are not penalised.
		copy(grad[:k*p], w)
		clear(grad[k*p:])
	}
	obj := 0.0
	for j := 0; j < k*p; j++ {
		obj += w[j] * w[j] / 2
	}
	eta := make([]float64, k)
	loss := 0.0
	for t, i := range f.idx {
		for cl := 0; cl < k; cl++ {
			eta[cl] = f.x.dot(i, w[cl*p:(cl+1)*p]) + b[cl]
		}
		if k == 1 {
			y := float64(f.label[t])
			loss += softplus(eta[0]) - y*eta[0]
			if grad != nil {
				r := c * (sigmoid(eta[0]) - y)
				f.x.axpy(i, r, grad[:p])
				grad[p] += r
			}
			continue
		}
		top := eta[0]
		for _, e := range eta[1:] {
			top = math.Max(top, e)
		}
		z := 0.0
		for _, e := range eta {
			z += math.Exp(e - top)
		}
		lse := top + math.Log(z)
		loss += lse - eta[f.label[t]]
		if grad != nil {
			for cl := 0; cl < k; cl++ {
				r := math.Exp(eta[cl] - lse)
				if cl == f.label[t] {
					r--
				}
				r *= c
				f.x.axpy(i, r, grad[cl*p:(cl+1)*p])
				grad[k*p+cl] += r
			}
		}
	}
	return obj + c*loss
}

// solve minimises J from the current theta with L-BFGS (Nocedal & Wright 2006, Numerical
// Optimization, algorithms 7.4 and 7.5: twenty correction pairs, the initial Hessian
// scaled by sᵀy/yᵀy, a backtracking line search on the Armijo condition (or, where the
// objective's changes are below its rounding, on Wolfe's curvature condition), and pairs
// without positive curvature skipped), until the gradient's largest entry is below 1e-9
// times C times the number of training documents.
func (f *primalFit) solve(c float64) error {
	const memory = 20
	tol := 1e-9 * c * float64(max(len(f.idx), 1))
	d := len(f.theta)
	g := make([]float64, d)
	obj := f.eval(c, f.theta, g)
	var ss, ys [][]float64
	var rhos []float64
	dir, next, gNext, alpha := make([]float64, d), make([]float64, d), make([]float64, d), make([]float64, memory)
	for iter := 0; iter < 20000; iter++ {
		if maxAbs(g) <= tol {
			return nil
		}
		// Two-loop recursion: dir = −H·g.
		copy(dir, g)
		for j := len(ss) - 1; j >= 0; j-- {
			alpha[j] = rhos[j] * dotv(ss[j], dir)
			axpyv(-alpha[j], ys[j], dir)
		}
		gamma := 1.0
		if k := len(ss); k > 0 {
			gamma = dotv(ss[k-1], ys[k-1]) / dotv(ys[k-1], ys[k-1])
		} else if n := maxAbs(g); n > 0 {
			gamma = 1 / n // a first step of at most 1 in any coordinate
		}
		for i := range dir {
			dir[i] *= gamma
		}
		for j := range ss {
			beta := rhos[j] * dotv(ys[j], dir)
			axpyv(alpha[j]-beta, ss[j], dir)
		}
		for i := range dir {
			dir[i] = -dir[i]
		}
		slope := dotv(g, dir)
		if !(slope < 0) {
			// Not a descent direction (rounding): restart from the gradient.
			ss, ys, rhos = ss[:0], ys[:0], rhos[:0]
			for i := range dir {
				dir[i] = -g[i] / max(maxAbs(g), 1e-300)
			}
			slope = dotv(g, dir)
		}
		t := 1.0
		var objNext float64
		for ; t > 1e-20; t /= 2 {
			for i := range next {
				next[i] = f.theta[i] + t*dir[i]
			}
			objNext = f.eval(c, next, gNext)
			if objNext <= obj+1e-4*t*slope {
				break
			}
			// Near the minimum the objective's changes drown in its rounding: accept a
			// step that is no worse to rounding and flattens the slope (Wolfe's curvature
			// condition), so the gradient can still be driven down.
			if objNext <= obj+1e-13*(1+math.Abs(obj)) && dotv(gNext, dir) >= 0.9*slope {
				break
			}
		}
		if t <= 1e-20 {
			if maxAbs(g) <= 1e3*tol {
				return nil // converged to rounding
			}
			return fmt.Errorf("%w: the line search failed (gradient %g)", errNoConvergence, maxAbs(g))
		}
		s, y := make([]float64, d), make([]float64, d)
		for i := range s {
			s[i] = next[i] - f.theta[i]
			y[i] = gNext[i] - g[i]
		}
		if sy := dotv(s, y); sy > 1e-12*math.Sqrt(dotv(s, s)*dotv(y, y)) {
			if len(ss) == memory {
				ss, ys, rhos = ss[1:], ys[1:], rhos[1:]
			}
			ss, ys, rhos = append(ss, s), append(ys, y), append(rhos, 1/sy)
		}
		copy(f.theta, next)
		copy(g, gNext)
		obj = objNext
	}
	return fmt.Errorf("%w: 20000 L-BFGS steps", errNoConvergence)
}

func maxAbs(x []float64) float64 {
	m := 0.0
	for _, v := range x {
		m = math.Max(m, math.Abs(v))
	}
	return m
}

func dotv(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func axpyv(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}

// predict returns the linear predictors (classes per row) of row i of x.
func (f *primalFit) predict(x *csr, i int) []float64 {
	p, k := f.x.cols, f.classes
	out := make([]float64, k)
	for cl := 0; cl < k; cl++ {
		out[cl] = x.dot(i, f.theta[cl*p:(cl+1)*p]) + f.theta[k*p+cl]
	}
	return out
}
