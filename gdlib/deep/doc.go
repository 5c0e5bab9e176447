// Package deep builds the smallest deep networks — chains of layers — as
// ordinary gdlib objectives over their weights, so that gdlib's automatic
// differentiation gives their exact gradient and gdlib's optimizers train
// them. Lesson 14 uses them to show vanishing and exploding gradients made
// by depth.
//
// A Net of Depth L layers, each of Width n units, maps its input h₀ = x to
//
//	aₖ = Wₖ hₖ₋₁,   hₖ = φ(aₖ)            (k = 1 … L)
//	hₖ = hₖ₋₁ + φ(Wₖ hₖ₋₁)                 (with Residual)
//
// with an Activation φ (Sigmoid, Tanh or ReLU) and the loss
// ½‖h_L − y‖² against a target y. Its weights W₁ … W_L (n×n each, L·n² in
// all) are the variables of the objective:
//
//	net := deep.Net{Depth: 10, Act: deep.Tanh}
//	f, _ := net.Objective()
//	w := net.Fixed(1)            // every weight 1; or net.Random(deep.Xavier(n), seed)
//	g := f.Gradient(w...)        // g[0] is ∂loss/∂w₁, exact
//
// By the chain rule, the gradient at the first layer is a product with one
// factor per layer above it, ∂hₖ/∂hₖ₋₁ = φ′(aₖ)·Wₖ (plus the identity
// with Residual): factors below 1 make it vanish exponentially with depth,
// factors above 1 make it explode. Forward returns every hₖ, from which a
// lesson writes that product out.
package deep
