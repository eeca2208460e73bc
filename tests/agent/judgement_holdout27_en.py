"""The English half of held-out set 27 (see judgement_holdout27.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h27-intro",
        "en",
        "self_intro",
        (
            "Let's start with a short introduction: your background, what you work on now, and "
            "why this role?"
        ),
        (
            "Intro (~90 s: insurance -> fraud -> ads)\n"
            "- Kwame Mensah; BSc Actuarial Science, Univ. of Ghana 2013 -> MSc Statistics, "
            "Warwick 2015\n"
            "- 2015-2019 Aviva: pricing analyst, motor insurance GLMs (Tweedie)\n"
            "- 2019-2022 Claimwise (insurtech): data scientist, **claims fraud model** (XGBoost, "
            "target-encoded high-card features), AUC 0.78 -> 0.88\n"
            "- 2022-now Bidmint (DSP, ~40B bid requests/day): **senior MLE, conversion "
            "prediction**\n"
            "  - delayed-feedback CVR model; new-campaign CVR bias -15% -> -2%, ROAS +6%\n"
            "  - lead 3 (2 MLE + 1 analyst)\n"
            "- why this role: ranking at larger scale + want to try generative / LLM-based recsys"
        ),
        (
            "Sure. I'm Kwame Mensah. I studied actuarial science at the University of Ghana and "
            "then did a master's in statistics at Warwick, which I finished in 2015. My first "
            "four years were at Aviva as a pricing analyst, building GLMs for motor insurance, "
            "mostly Tweedie models. In 2019 I moved to Claimwise, an insurtech, as a data "
            "scientist on the claims fraud model, a gradient-boosted model where a lot of the "
            "work was encoding high-cardinality features like repair shops; we took AUC from "
            "about point seven eight to point eight eight. Since 2022 I've been a senior ML "
            "engineer at Bidmint, a demand-side platform that sees around forty billion bid "
            "requests a day, where I own conversion prediction. The main piece was handling "
            "delayed conversions, which cut our underestimate on new campaigns from fifteen "
            "percent to about two and lifted return on ad spend by six percent. I lead three "
            "people. I'm interested in this role because I want ranking at a bigger scale and a "
            "chance to work on generative, LLM-based recommendation."
        ),
        (
            "I'm Kwame. I started in insurance doing pricing and fraud models, and now I work in "
            "ads, predicting conversions. I'd like to do ranking at a bigger company."
        ),
        (
            "I'm Kwame Mensah. I did my bachelor's in statistics at Warwick and then a master's "
            "in actuarial science in Ghana. I started at Bidmint working on bidding, and only "
            "later moved into insurance at Claimwise, where I built pricing GLMs; the fraud model "
            "there was a vendor product we just configured. At Bidmint our conversion model "
            "mostly overestimated, and the delayed-feedback work didn't change return on ad spend "
            "much. I'm an individual contributor and have never led anyone. I'm applying because "
            "I want to leave ranking and move into computer vision."
        ),
        (
            "Ad tech is a strange industry once you're inside it. A single bid request goes "
            "through an exchange, several demand-side platforms bid in a real-time auction, and "
            "the whole thing has to finish in about a hundred milliseconds. Since the move from "
            "second-price to first-price auctions a lot of effort has gone into bid shading, and "
            "with third-party cookies disappearing everyone is scrambling for contextual signals "
            "and privacy-preserving measurement."
        ),
        (
            "Sure, a short introduction. My background is my background, what I work on now is "
            "what I'm working on now, and why this role is because of this role. So that's the "
            "introduction: background, current work, and the role, which is why I'm here for this "
            "role."
        ),
    ),
    Case(
        "en-h27-delayed-feedback",
        "en",
        "project",
        (
            "You mentioned your conversion model had a delayed-feedback problem. What was going "
            "on, and how did you fix it?"
        ),
        (
            "### CVR model - delayed feedback (Bidmint, 2023)\n"
            "**Problem**: conversion (purchase after click) can land up to 30 days later; median "
            "delay ~2 days. Retrained daily on last 7 days of clicks -> recent clicks labelled 0 "
            "even if they'll convert (**fake negatives**) -> CVR **underestimated** ~15% on new "
            "campaigns -> bid too low, lost volume\n"
            "**Options**\n"
            "1. wait window: only train on clicks older than N days -> clean labels but stale; "
            "hurts new campaigns most -> rejected\n"
            "2. delay model (DFM, Chapelle 2014): p(convert) + exponential delay distribution "
            "jointly -> tried, unstable with our 30-day tail\n"
            "3. **chosen: fake negative weighting** (Ktena et al. 2019)\n"
            "   - every click goes in immediately as a negative; when the conversion arrives the "
            "same click is re-ingested as a positive\n"
            "   - importance weights from the model's own p (stop-grad): positives x (1 + p), "
            "negatives x (1 - p)(1 + p)\n"
            "   - training daily -> **hourly** streaming\n"
            "**Check**: calibration (predicted / observed CVR) by campaign age\n"
            "**Results**: day-1 campaign CVR bias -15% -> -2%; ROAS +6%; spend on new campaigns "
            "+11%"
        ),
        (
            "The problem was timing. A purchase after a click can show up as late as thirty days "
            "afterwards, though the median is about two days. We retrained every day on the last "
            "week of clicks, so many recent clicks sat there labelled as non-conversions even "
            "though they'd convert later. Those fake negatives dragged predicted conversion rates "
            "down by roughly fifteen percent on new campaigns, so we bid too low and lost volume. "
            "Waiting until labels settle keeps the data clean but makes the model stale, which "
            "hurts exactly the new campaigns, and Chapelle's joint delay model was unstable with "
            "our long tail. What we shipped was fake negative weighting: every click enters "
            "training straight away as a negative, is added again as a positive once it converts, "
            "and importance weights computed from the model's own prediction undo the bias, one "
            "plus p on positives and one minus p times one plus p on negatives. That also let us "
            "train hourly instead of daily. Checking calibration by campaign age, the bias on "
            "first-day campaigns went from minus fifteen to about minus two percent, and return "
            "on ad spend rose six percent."
        ),
        (
            "Conversions came in late, so recent clicks looked like negatives and the model "
            "underpredicted. We changed how those clicks were labelled and weighted, and the "
            "predictions on new campaigns got better."
        ),
        (
            "The problem was that our model overestimated conversion rates, because conversions "
            "arrived before the clicks were logged and got counted twice. We went with a wait "
            "window: we only trained on clicks at least thirty days old, so every label was "
            "final, and that worked best for new campaigns. We looked at fake negative weighting, "
            "but that's the method where you drop all recent negatives from training, and it made "
            "the model worse. We kept training daily, since going hourly just adds noise. In the "
            "end the overestimate on new campaigns dropped from fifteen percent to two, and "
            "return on ad spend stayed flat."
        ),
        (
            "Conversion tracking itself has got much harder. On iOS, since App Tracking "
            "Transparency, most users opt out, so you get aggregated postbacks through "
            "SKAdNetwork with coarse conversion values and random timers added for privacy. A lot "
            "of advertisers now lean on media mix modelling and incrementality studies to see "
            "what their spend is doing, rather than user-level attribution."
        ),
        (
            "So the conversion model had a delayed-feedback problem, and what was going on was "
            "the delayed feedback. The feedback was delayed, which was the problem, and we fixed "
            "it by fixing the delayed feedback. So that's what was going on with the delayed "
            "feedback, and that's how it got fixed."
        ),
    ),
    Case(
        "en-h27-target-encoding",
        "en",
        "project",
        (
            "Your fraud model had features like repair-shop ID with tens of thousands of values. "
            "How did you encode them?"
        ),
        (
            "Claims fraud - high-cardinality cats (Claimwise, 2020)\n"
            "- repair_shop_id ~40k, postcode ~9k, adjuster_id ~1.2k; fraud base rate 1.8%\n"
            "- one-hot -> ~50k sparse cols, XGBoost slow + poor splits; label enc -> arbitrary "
            "order, meaningless splits\n"
            "- **target encoding** (mean fraud rate per category)\n"
            "  1. naive version leaks the row's own label -> train AUC 0.97 / val 0.74 (!)\n"
            "  2. **out-of-fold**: 5 folds, each row encoded with stats from the other 4; "
            "val/test use full-train stats\n"
            "  3. **smoothing**: enc = (n*mean_cat + m*prior) / (n + m), m = 20 -> shops with few "
            "claims pulled to 1.8%\n"
            "  4. time-aware: only claims filed before the row's date\n"
            "- + count encoding (claims per shop); unseen -> 'other' bucket\n"
            "- result: val AUC 0.78 -> 0.86; precision in top 1% flagged 22% -> 41%"
        ),
        (
            "One-hot was out: repair shops alone had about forty thousand values and postcodes "
            "nine thousand, and fifty thousand sparse columns made the boosted trees slow and the "
            "splits poor. Plain integer codes impose an arbitrary order, so those splits mean "
            "nothing. We used target encoding, replacing each category with its historical fraud "
            "rate, but the naive version leaks, because each row's own label is baked into its "
            "feature; we saw training AUC around point nine seven against point seven four on "
            "validation. So we encoded out of fold with five folds, each row getting statistics "
            "from the other four, while validation and test used the whole training set. We also "
            "shrank toward the prior, blending a shop's rate with the global one point eight "
            "percent with a weight of twenty, so a shop with three claims doesn't get a rate of a "
            "hundred percent, and we only counted claims filed before the row's date. On top of "
            "that, a count of claims per shop, and unseen shops went to an 'other' bucket. "
            "Validation AUC went from point seven eight to point eight six, and precision in the "
            "top one percent nearly doubled, twenty-two to forty-one percent."
        ),
        (
            "We used target encoding, so each shop became its average fraud rate, with some "
            "smoothing for the small ones. It worked much better than one-hot."
        ),
        (
            "We used target encoding computed on the full training set, including each row's own "
            "label; gradient boosting regularises enough that leakage isn't really an issue, and "
            "our training and validation AUC were both around point eight six. For smoothing we "
            "blended with the prior, but the weight pulls the big shops toward the global rate, "
            "so the small shops keep their raw fraud rate, which is what you want because small "
            "shops are where fraud hides. We didn't bother with time ordering; shuffling the "
            "claims is fine for fraud. One-hot actually worked nearly as well, it was just "
            "slower. Overall AUC barely moved, from point seven eight to about point eight, and "
            "precision in the top one percent stayed at twenty-two percent."
        ),
        (
            "Insurance fraud is often organised rather than individual. You see rings of "
            "claimants, the same lawyers and clinics turning up together, staged accidents with "
            "the same vehicles. Investigators need reasons they can act on, so every flag has to "
            "come with an explanation, and regulation stops you from declining a claim "
            "automatically, so the model only ever routes claims to a human investigations unit."
        ),
        (
            "Repair-shop ID had tens of thousands of values, so we had to encode it. The way we "
            "encoded it was by encoding it, because features with tens of thousands of values "
            "need encoding. So that's how we encoded repair-shop ID: we encoded it, like the "
            "other features with lots of values."
        ),
    ),
    Case(
        "en-h27-srm",
        "en",
        "fundamentals",
        "What is a sample ratio mismatch in an A/B test, and what do you do when you find one?",
        (
            "SRM (sample ratio mismatch)\n"
            "- observed split != designed split. e.g. planned 50/50, got 506,000 vs 494,000 "
            "users\n"
            "- test: chi-square goodness of fit, df = 1\n"
            "  - chi2 = 2 * 6000^2 / 500,000 = 144 -> p << 1e-10 -> not noise\n"
            "  - alert at p < 0.001 (runs on every experiment, so keep it strict)\n"
            "- meaning: assignment or logging is broken -> **don't trust any metric** in that "
            "exp; don't just reweight\n"
            "- usual causes: treatment adds a redirect / crashes -> users lost before logging; "
            "bot filter interacts w/ treatment; trigger condition depends on the variant\n"
            "- debug: SRM by day / browser / platform / new vs returning; compare assignment log "
            "vs exposure log"
        ),
        (
            "It means the split you actually got isn't the split you designed. Say you planned "
            "fifty-fifty and ended up with five hundred and six thousand users in one arm and "
            "four hundred and ninety-four thousand in the other. That looks tiny, but a "
            "chi-square goodness-of-fit test with one degree of freedom gives a statistic of "
            "about a hundred and forty-four, so the p-value is essentially zero; it isn't chance. "
            "We run that check on every experiment and alert below one in a thousand, strict "
            "because it runs so often. When it fires I treat the whole experiment's results as "
            "untrustworthy, because something in assignment or logging is broken, and reweighting "
            "the arms doesn't repair a biased sample. Typical causes are a treatment that adds a "
            "redirect or crashes so some users never get logged, bot filtering that behaves "
            "differently in one arm, or a trigger condition that depends on the variant. To "
            "debug, I slice the mismatch by day, browser, platform and new versus returning "
            "users, and compare the assignment log with the exposure log to see where users go "
            "missing."
        ),
        (
            "It's when the groups don't come out in the ratio you planned, like fifty-fifty. You "
            "check it with a chi-square test, and if it's off you shouldn't trust the results."
        ),
        (
            "A sample ratio mismatch is when the two arms end up different sizes, but with a "
            "million users a split like five hundred and six thousand to four hundred and "
            "ninety-four thousand is well within random noise; the chi-square statistic would be "
            "under one. We only worry when the p-value is below point zero five, and even then "
            "the metrics are still usable: you reweight the arms back to fifty-fifty and read "
            "them as normal. It's almost always caused by chance rather than bugs, so there's no "
            "need to dig through the logs; rerunning with a new seed is usually enough."
        ),
        (
            "Another thing that bites A/B tests is interference between users. In a marketplace, "
            "if buyers in treatment get better recommendations they may take inventory away from "
            "buyers in control, so the measured effect is inflated. Social features have the same "
            "problem through the network. People deal with it by randomising whole clusters or "
            "cities, or with switchback designs that alternate treatment over time."
        ),
        (
            "A sample ratio mismatch in an A/B test is when the sample ratio is mismatched. When "
            "you find one, what you do is handle the sample ratio mismatch. So it's a mismatch in "
            "the sample ratio, and when you find a mismatch you deal with the mismatch in the A/B "
            "test."
        ),
    ),
    Case(
        "en-h27-newton-vs-gd",
        "en",
        "fundamentals",
        (
            "Compare Newton's method with gradient descent. Why don't we use Newton's method to "
            "train deep networks?"
        ),
        (
            "Newton vs GD\n"
            "GD: θ <- θ - η ∇f, 1st-order, linear conv., needs LR, zig-zags when ill-conditioned "
            "| Newton: θ <- θ - H^-1 ∇f, local quadratic (2nd-order Taylor) -> jump to its min, "
            "**quadratic** conv. near optimum, no LR, affine invariant\n"
            "why not DNNs: H is d x d -> O(d^2) mem, O(d^3) to invert (d = 1e9, no way); "
            "non-convex -> H indefinite -> step heads to saddles / maxima; minibatch -> noisy H\n"
            "practice: L-BFGS (H^-1 from last ~10 grad pairs) for logistic regression / small "
            "convex; Adam ~ crude diagonal curvature scaling"
        ),
        (
            "Gradient descent only uses the first derivative: you step against the gradient "
            "scaled by a learning rate, convergence is linear, you have to tune that step size, "
            "and in badly conditioned valleys it zig-zags. Newton's method also uses curvature. "
            "It fits a quadratic around the current point from the second-order Taylor expansion "
            "and jumps to that quadratic's minimum, so the update is the inverse Hessian times "
            "the gradient. Near the optimum it converges quadratically, there's no learning rate "
            "to pick, and rescaling the parameters doesn't change it. For deep networks it breaks "
            "down. The Hessian has d squared entries and inverting it is cubic in d, so with a "
            "billion parameters you can't even store it. The loss is non-convex, so the Hessian "
            "isn't positive definite and the step can head toward a saddle point or even a "
            "maximum. And with minibatches the curvature estimate is noisy. What people use "
            "instead is L-BFGS, which approximates the inverse Hessian from the last ten or so "
            "gradient differences, for logistic regression and other small convex problems, and "
            "Adam, which is roughly a crude diagonal rescaling by curvature."
        ),
        (
            "Newton's method uses second derivatives, so it converges faster, but the Hessian is "
            "too expensive to compute for big networks."
        ),
        (
            "Newton's method is actually the first-order one: it just picks the step size with a "
            "line search, and it converges linearly, while gradient descent is the one that "
            "converges quadratically near the optimum. The Hessian in Newton's method is "
            "diagonal, so it's cheap, about the same cost as a gradient. The reason we don't use "
            "it for deep networks is that on non-convex losses it's pulled too strongly into the "
            "nearest minimum and can't escape, while the noise in gradient descent helps. L-BFGS "
            "stores the full Hessian, so it's only for tiny models, and Adam has nothing to do "
            "with curvature."
        ),
        (
            "For deep networks the practical questions are more about the schedule. People warm "
            "up for the first few thousand steps and then decay with a cosine, and the batch size "
            "interacts with it: the linear scaling rule says if you double the batch you double "
            "the rate, up to a point. On top of that there's mixed precision, gradient clipping "
            "and weight decay to get right."
        ),
        (
            "Newton's method and gradient descent are two methods, and comparing them means "
            "comparing Newton's method with gradient descent. Why don't we use Newton's method to "
            "train deep networks? Because we don't use it to train deep networks. So that's the "
            "comparison, and that's why we don't use it."
        ),
    ),
    Case(
        "en-h27-simpler-model",
        "en",
        "behavioral",
        (
            "Tell me about a time you argued for a simpler solution than the one your team wanted "
            "to build."
        ),
        (
            "STAR - TabNet vs XGBoost (Claimwise, 2021)\n"
            "S: team keen to replace the XGBoost fraud model with a deep tabular model (TabNet); "
            "est. 3 months; client renewal in Q3\n"
            "T: I was tech lead -> needed a decision, not a debate\n"
            "A:\n"
            "- proposed a 2-week **bake-off**: same features, same time-based split, 5 seeds "
            "each\n"
            "- result: TabNet AUC 0.851 +/- 0.006 vs XGBoost 0.858 +/- 0.001; TabNet 4x training "
            "cost\n"
            "- one-page doc: spend the 3 months on features instead (repair-shop network "
            "features); revisit DL if data > 10x\n"
            "- let Arjun (who proposed TabNet) present his own results at the review\n"
            "R: shipped XGBoost + new features in 5 weeks, AUC 0.86 -> 0.88; renewal signed; "
            "Arjun led the feature work"
        ),
        (
            "At Claimwise in 2021 the team was excited about replacing our XGBoost fraud model "
            "with TabNet, a deep learning model for tabular data. The estimate was about three "
            "months, and we had a client renewal coming up in the third quarter. I was the tech "
            "lead, so my job was to get us to a decision rather than a long argument. I suggested "
            "a two-week bake-off: both models on the same features, the same time-based split, "
            "five random seeds each. TabNet came out slightly worse, around point eight five one "
            "against point eight five eight, with far more variance across seeds and four times "
            "the training cost. I wrote a one-page proposal to spend those three months on "
            "features instead, like how repair shops are connected to each other, and to revisit "
            "deep models if our data grew tenfold. I asked Arjun, who had proposed TabNet, to "
            "present his own results at the review, so it didn't feel like I was overruling him. "
            "We shipped XGBoost with the new features in five weeks, AUC went from point eight "
            "six to point eight eight, the client renewed, and Arjun ended up leading the feature "
            "work."
        ),
        (
            "We once wanted to switch to a deep learning model for tabular data, and I thought "
            "gradient boosting was good enough. We compared them and stayed with the simpler "
            "model."
        ),
        (
            "At Claimwise the team wanted to stay on XGBoost, and I was the one pushing for "
            "TabNet, because deep models are where things are going. We skipped the bake-off "
            "since the deadline didn't leave time, and I just made the call as tech lead. TabNet "
            "turned out better, about point eight eight against point eight five, and cheaper to "
            "train, so we spent the three months migrating and shipped it. Arjun, who had argued "
            "for XGBoost, disagreed, so I presented the results myself. We didn't do any extra "
            "feature work. The client renewal slipped a quarter, but the model has been fine "
            "since."
        ),
        (
            "I think the bias toward complex models comes from how we hire and promote. People "
            "get credit for launching a new architecture, not for the boring model that kept "
            "working. Some teams counter it with design reviews where you must show the baseline "
            "first, or by writing down in advance what improvement would justify the extra "
            "maintenance. Simple models are also easier to hand over when someone leaves."
        ),
        (
            "Yes, there was a time I argued for a simpler solution than the one my team wanted to "
            "build. The team wanted to build something, and I argued for something simpler. So I "
            "argued for the simpler solution, because it was simpler than what the team wanted to "
            "build, and that was the time."
        ),
    ),
]
