"""The English half of held-out set 30 (see judgement_holdout30.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h30-intro",
        "en",
        "self_intro",
        "Can you give me a quick introduction and tell me what you're working on right now?",
        (
            "Intro (~90 s, thread: search ranking -> recsys, end on why here)\n"
            "- Hannah Okoye; BSc Maths, Univ. of Toronto 2013 -> MSc Statistics, UBC 2015\n"
            "- 2015-2019 Roomly (hotel booking): data scientist -> MLE, **hotel search ranking**\n"
            "  - click-log debiasing: randomised swaps -> propensities -> IPW LambdaMART; bookings "
            "+3.4%\n"
            "- 2019-now Tunecast (podcast app, ~14M MAU): **senior MLE, personalisation**, lead of "
            "3\n"
            "  - new-user cold start: day-7 retention 31% -> 36%\n"
            "  - moved candidate retrieval to two-tower + IVF-PQ on GPU\n"
            "- why this role: ranking at bigger scale, multi-objective + LLM features"
        ),
        (
            "Sure. I'm Hannah Okoye. I studied maths at the University of Toronto and then did a "
            "master's in statistics at UBC, which I finished in 2015. I spent about four years at "
            "Roomly, a hotel booking site, starting as a data scientist and ending up as an ML "
            "engineer on hotel search ranking. What I'm proudest of there is taking position bias "
            "out of our click logs: we randomly swapped some results to learn how much each slot "
            "gets clicked just for being there, then trained LambdaMART with inverse propensity "
            "weights, and bookings went up about three and a half percent. Since 2019 I've been at "
            "Tunecast, a podcast app with roughly fourteen million monthly users, as a senior ML "
            "engineer in personalisation, leading a team of three. I worked on cold start for new "
            "users, which took day-seven retention from thirty-one to thirty-six percent, and I "
            "moved our candidate retrieval onto a two-tower model with an IVF-PQ index on GPUs. "
            "Next I'd like ranking at a bigger scale, with multiple objectives and features that "
            "come from LLMs."
        ),
        (
            "I'm Hannah. I've worked on search ranking at a travel company and now on "
            "recommendations at a podcast app, where I lead a small team."
        ),
        (
            "I'm Hannah Okoye. I did a statistics degree at UBC and then a master's in maths at "
            "Toronto, finishing in 2013. I started at Tunecast on podcast recommendations and only "
            "later moved to Roomly for hotel search. At Roomly we never touched position bias; we "
            "trained on raw clicks, and bookings actually dipped a little. At Tunecast I'm an "
            "individual contributor with no reports, and day-seven retention for new users went "
            "from thirty-six down to thirty-one percent. Retrieval there is still a popularity "
            "list. What I want next is to move into computer vision."
        ),
        (
            "Podcast recommendation is an odd problem because listening sessions are long and most "
            "of the catalogue is back episodes. Completion is a far better signal than a play, "
            "since people often sample the first minute and leave. Seasonality matters too: true "
            "crime rises in the autumn and fitness shows in January. And creators care about "
            "fairness, so many platforms reserve some slots for smaller shows."
        ),
        (
            "Sure, a quick introduction. I'm me, and what I'm working on right now is what I'm "
            "working on right now. So that's the introduction, quickly, and the thing I'm working "
            "on is the thing I'm currently working on. That's my quick introduction."
        ),
    ),
    Case(
        "en-h30-position-bias",
        "en",
        "project",
        "Your hotel search ranker was trained on click logs. How did you deal with position bias?",
        (
            "Position bias - Roomly hotel search (2017-18)\n"
            'Problem: ranker trained on raw clicks -> learns "top slot = good"; feedback loop, '
            "new hotels never climb\n"
            "1. Estimate propensity p_k = P(examined | position k)\n"
            "   - randomised swaps on 1% of traffic: swap result at rank k with rank 1 "
            "(RandPair-style)\n"
            "   - click ratio -> p_k; p_1 = 1, p_5 ~ 0.42, p_10 ~ 0.19\n"
            "2. Train **IPW LambdaMART**: each click weighted by 1/p_k\n"
            "   - **clip** weights at 10 -> variance\n"
            "3. Eval: offline on the randomised slice only (unbiased); then online A/B, 3 weeks\n"
            "Result: bookings +3.4%, clicks on positions 6-15 +11%; new hotels reach page 1 ~2x "
            "faster\n"
            "Note: re-estimate propensities every quarter (UI changes shift them)"
        ),
        (
            "The ranker had been learning from raw clicks, so mostly it learned that whatever sat "
            "at the top was good, and that fed on itself; a new hotel basically never got the "
            "chance to climb. First we measured how likely people are to even look at each "
            "position. On about one percent of traffic we randomly swapped the result at some rank "
            "with the first one, and the change in clicks gave us an examination probability per "
            "rank: one at the top, around forty percent at rank five, under twenty at rank ten. "
            "Then we retrained LambdaMART with every click weighted by one over that probability, "
            "capping the weight at ten so a handful of deep clicks couldn't blow up the variance. "
            "Offline we only trusted metrics on the randomised slice, and then we ran a three-week "
            "A/B test. Bookings rose about three and a half percent, clicks on positions six to "
            "fifteen rose eleven percent, and new hotels reached the first page roughly twice as "
            "fast. We re-estimate the propensities every quarter, because UI changes move them."
        ),
        (
            "We reweighted the clicks so that clicks lower down the page counted for more than "
            "clicks at the top, and that made the ranking a bit fairer to hotels that weren't "
            "already on top."
        ),
        (
            "We didn't run any randomisation, because swapping results costs bookings; we took the "
            "propensities straight from the logged click-through rate at each position. Then we "
            "trained LambdaMART with each click weighted by its propensity, so clicks at the top "
            "counted most, since those users had seen the most options. We didn't clip the "
            "weights, because clipping only adds bias, and offline we evaluated on the full logs. "
            "Bookings fell about three percent in the A/B test, but clicks on positions one to "
            "five went up, so we kept it, and we've never needed to re-estimate the propensities."
        ),
        (
            "Hotel search has a lot of quirks beyond ranking. Prices change by the hour, so the "
            "price you show comes from a cache that is refreshed constantly, and a mismatch at "
            "checkout kills conversion. Availability is another: sold-out rooms are filtered out "
            "before ranking. And much of the value comes from good filters, like free cancellation "
            "or breakfast included, which users lean on more than the order itself."
        ),
        (
            "Position bias, yes. The ranker was trained on click logs, and click logs have "
            "position bias, so we dealt with the position bias in the click logs. Dealing with it "
            "was how we dealt with it. So, in short, there was position bias and we dealt with the "
            "position bias."
        ),
    ),
    Case(
        "en-h30-new-user-cold-start",
        "en",
        "project",
        (
            "At Tunecast, how did you handle cold start for brand-new users who had no listening "
            "history?"
        ),
        (
            "## New-user cold start (Tunecast, 2021)\n"
            "**Problem**: ~40% of sign-ups churn in week 1; new-user home feed = global top-100 -> "
            "same shows for everyone\n"
            "**What we did**\n"
            "1. Onboarding: pick >= 3 topics (skippable) -> popularity within those topics\n"
            "2. Context from day 0: country, language, device, **signup source** (came from a "
            "true-crime ad -> true crime)\n"
            "3. **Fast feedback**: session user embedding = mean of embeddings of episodes played "
            "> 60 s; updated in-session, not waiting for the nightly retrain\n"
            "4. Exploration: Thompson sampling over ~30 topic arms for the first 10 recs; Beta "
            "prior from the user's cohort\n"
            "5. Hand-off: after ~5 listens -> main two-tower model\n"
            "**Results**: day-7 retention 31% -> 36%; first-session listens +22%\n"
            "- users who skipped onboarding (~45%) got most of their lift from the signup-source "
            "feature"
        ),
        (
            "Before, a new user just got the global top hundred, so everyone saw the same shows, "
            "and about forty percent of sign-ups were gone within the first week. We did a few "
            "things. Onboarding asks for at least three topics, which you can skip, and we rank "
            "popular shows within the ones you pick. From the very first session we also use "
            "context: country, language, device and where the sign-up came from, so someone who "
            "arrived through a true-crime ad gets true crime. That mattered a lot for the nearly "
            "half of people who skip onboarding. The big one was fast feedback: we average the "
            "embeddings of episodes the person listened to for more than a minute and update that "
            "inside the session, instead of waiting for the nightly retrain. For exploration the "
            "first ten recommendations come from Thompson sampling over about thirty topics, with "
            "priors from the user's cohort, and after roughly five listens people move over to the "
            "main two-tower model. Day-seven retention went from thirty-one to thirty-six percent, "
            "and first-session listens went up by about a fifth."
        ),
        (
            "We asked new users to pick some topics when they signed up and showed them popular "
            "shows in those topics, and retention for new users improved."
        ),
        (
            "For new users we kept the global top-hundred list, since personalising without any "
            "history is mostly noise; the onboarding topic picker we tested made people drop off, "
            "so we removed it. We also waited for the nightly retrain to pick up their first "
            "listens rather than updating anything in-session. For exploration we used "
            "epsilon-greedy with a fixed ten percent, not Thompson sampling, and new users go "
            "straight into the two-tower model from their first request. Day-seven retention went "
            "from thirty-six down to thirty-one percent, and first-session listens were flat."
        ),
        (
            "Cold start on the creator side is a different problem: a new podcast has no listens, "
            "so its embedding comes from the audio and the show description. We transcribe the "
            "first episode, embed the transcript with a text encoder, and that places the show "
            "near similar ones until real listening data arrives. New shows also get a small "
            "guaranteed number of impressions in their first week."
        ),
        (
            "Cold start for brand-new users, right. Brand-new users have no listening history, "
            "which is the cold start, so we handled the cold start for those users. How we handled "
            "it was by handling the cold start for users with no history. That's how we handled it."
        ),
    ),
    Case(
        "en-h30-neg-downsampling",
        "en",
        "fundamentals",
        (
            "If you downsample negatives when training a CTR model, what happens to the predicted "
            "probabilities, and how do you correct them?"
        ),
        (
            "Neg downsampling -> calibration\n"
            "- keep all positives, keep negatives with rate w (e.g. w = 0.1)\n"
            "- model learns odds inflated by 1/w -> p' **overestimates** CTR; ranking order "
            "unchanged -> AUC ~ same\n"
            "- correct: q = p' / (p' + (1 - p') / w)\n"
            "  - e.g. p' = 0.5, w = 0.1 -> q = 0.5 / (0.5 + 5) ≈ 0.091\n"
            "  - same thing: logit(q) = logit(p') + log(w)\n"
            "- matters whenever p is used as a number: bidding (eCPM = pCTR × bid), "
            "multi-objective fusion, logloss"
        ),
        (
            "If you keep every positive but only, say, one negative in ten, the model sees clicks "
            "ten times more often than they really happen, so its predicted probabilities come out "
            "too high. The order of items doesn't change, so AUC stays about the same, but the "
            "numbers themselves are off. To fix it you scale the odds back down by the sampling "
            "rate: the corrected probability is p divided by p plus one minus p over the rate. "
            "With a prediction of one half and a rate of one tenth, that's a half over five and a "
            "half, about nine percent. Equivalently, you add the log of the sampling rate to the "
            "logit. You need this whenever the probability is used as a value rather than just for "
            "sorting, like in ad auctions where expected revenue is pCTR times the bid, when you "
            "multiply several models' scores together, or when you report logloss."
        ),
        (
            "Downsampling negatives makes the predicted click-through rates too high, so you have "
            "to recalibrate them afterwards with a formula that uses the sampling rate."
        ),
        (
            "Downsampling negatives makes the model underestimate the click-through rate, because "
            "it sees fewer examples overall, so its predictions come out too low. It also changes "
            "the ranking, so AUC drops noticeably. The fix is to divide by the sampling rate: q "
            "equals p over w, so a raw prediction of five percent with w of a tenth becomes fifty "
            "percent. Adding log w to the logit is not the same thing. In practice it only matters "
            "for offline metrics; for bidding the raw score is fine, because only the order counts."
        ),
        (
            "Class imbalance in CTR data is extreme, often one click per hundred impressions or "
            "fewer. Besides sampling, people use focal loss to down-weight easy examples. Feature "
            "hashing keeps the embedding tables manageable, and for very sparse IDs a frequency "
            "threshold maps rare values to a shared bucket. Training is usually streaming, one "
            "pass over fresh data every day."
        ),
        (
            "If you downsample negatives in a CTR model, something happens to the predicted "
            "probabilities, and then you correct them. The correction is how you correct them. So "
            "downsampling negatives changes the probabilities, and correcting them fixes the "
            "change in the probabilities."
        ),
    ),
    Case(
        "en-h30-seesaw",
        "en",
        "fundamentals",
        "What is the seesaw problem in multi-task ranking, and how do MMoE and PLE try to fix it?",
        (
            "Seesaw (negative transfer) in MTL\n"
            "- shared-bottom: all tasks share one network -> tasks conflict (CTR vs dwell, CTR vs "
            "CVR) -> gradients fight; improving A hurts B = **seesaw**\n"
            "- **MMoE**: n shared experts + one softmax gate per task -> each task mixes the "
            "experts its own way\n"
            "  - but every expert is still shared -> experts drift toward the dominant task\n"
            "- **PLE** (Tencent, RecSys 2020): task-*specific* experts + shared experts\n"
            "  - task gate sees own + shared experts; shared gate sees all\n"
            "  - stacked extraction layers (progressive) -> separation deeper in the net\n"
            "- also: loss weighting (uncertainty weighting, GradNorm), separate towers"
        ),
        (
            "Seesaw is when you train several objectives together, say click-through and dwell "
            "time, and because the tasks partly conflict, making one better makes the other worse. "
            "With a shared-bottom network every task goes through the same layers, so their "
            "gradients pull against each other. MMoE swaps the shared bottom for a set of experts "
            "and gives each task its own softmax gate, so every task can weight the experts its "
            "own way. The catch is that all the experts are still shared, so in practice they "
            "drift toward whichever task dominates the loss. PLE, from Tencent's RecSys 2020 "
            "paper, adds experts that belong to one task only, next to the shared ones. A task's "
            "gate mixes just its own experts and the shared ones, while the shared gate sees all "
            "of them, and several of these extraction layers are stacked so the separation builds "
            "up gradually. On top of the architecture you can also balance the losses, for example "
            "with uncertainty weighting or GradNorm."
        ),
        (
            "It's when improving one task, like clicks, makes another task worse. MMoE uses "
            "several experts with gates, and PLE is a later version of it that works better."
        ),
        (
            "The seesaw problem is when the tasks share too little, so they can't help each other "
            "and both end up worse than separate models. MMoE is the one with task-specific "
            "experts: each task gets private experts, there are no shared ones, and one gate is "
            "shared across all tasks. PLE goes the other way and makes every expert shared, with a "
            "gate per task, which is why it came from Google's YouTube team in 2018. Its gates use "
            "an independent sigmoid per expert rather than a softmax. Loss weighting doesn't help "
            "with seesaw at all."
        ),
        (
            "Multi-task ranking also raises the question of how to combine scores at serving time. "
            "Most teams multiply the predicted rates with exponents, like pCTR to the alpha times "
            "expected watch time to the beta, and tune the exponents with online experiments, "
            "because offline metrics can't tell you the business trade-off. Some teams put a "
            "learned fusion model on top, trained on session-level outcomes."
        ),
        (
            "The seesaw problem in multi-task ranking is a problem, and it's called seesaw. MMoE "
            "and PLE try to fix it, and they do that by trying to fix the seesaw problem. So, in "
            "multi-task ranking, there's the seesaw problem, and MMoE and PLE are how you try to "
            "fix it."
        ),
    ),
    Case(
        "en-h30-offline-online-gap",
        "en",
        "behavioral",
        (
            "Tell me about a time a model that looked better offline didn't deliver online. What "
            "did you do?"
        ),
        (
            "STAR - new two-tower retrieval, flat A/B (Tunecast, 2022)\n"
            "S: new two-tower model: offline recall@200 +9% vs old; A/B 2 weeks -> listens flat "
            "(+0.1%, n.s.)\n"
            "T: me = owner; PM wanted to drop it\n"
            "A:\n"
            "- checked serving instead of blaming the model: offline eval used **exact** kNN, prod "
            "used IVF-PQ (nlist 16384, nprobe 8)\n"
            "- ANN recall vs exact on new embeddings: 0.71 (old model's: 0.90) -> new vectors "
            "spread differently, PQ hurt them more\n"
            "- fix: retrained IVF centroids on new embeddings, nprobe 8 -> 32, exact re-rank of "
            "top-1000 with full vectors; p99 18 -> 26 ms (budget 40)\n"
            '- added "served recall" (through the real index) to offline eval\n'
            "R: rerun A/B -> listens +2.7%, shipped"
        ),
        (
            "At Tunecast I owned a new two-tower retrieval model that beat the old one by about "
            "nine percent on recall at two hundred offline, but after two weeks of A/B testing "
            "listens were flat and the PM wanted to drop it. Rather than assume the model was bad, "
            "I looked at how it was served. Offline we'd scored with exact nearest neighbours, but "
            "production went through an IVF-PQ index with a small nprobe. When I compared the "
            "index's results with exact search on the new embeddings, it found only about seventy "
            "percent of the true neighbours, against ninety for the old model; the new vectors "
            "were spread out differently and the compression hurt them more. So I retrained the "
            "coarse centroids on the new embeddings, raised nprobe from eight to thirty-two, and "
            "re-ranked the top thousand with the full vectors. p99 latency went from eighteen to "
            "twenty-six milliseconds, still inside our forty-millisecond budget. The rerun showed "
            "listens up about two point seven percent and we shipped. I also made our offline "
            "evaluation report recall through the real index, so this gets caught earlier."
        ),
        (
            "We had a retrieval model that was better offline but flat in the A/B test. I dug in, "
            "found it was a serving issue with the vector index, fixed it, and it worked the "
            "second time."
        ),
        (
            "We had a new two-tower model that was better offline but flat online. I was fairly "
            "sure the model itself was overfitting, so I didn't look at serving; production used "
            "exact search anyway, the same as offline. I lowered nprobe from thirty-two to eight "
            "to make it faster and retrained the model with more regularisation. The second A/B "
            "test was still flat, so the PM and I agreed to drop it and keep the old model. The "
            "serving problem was something another team found months later."
        ),
        (
            "I think offline and online gaps mostly come from the metric. Offline retrieval "
            "metrics reward finding anything the user ever played, but what matters online is "
            "whether they play something now. We moved to time-split evaluation data, added a "
            "novelty measure, and started logging what the ranker actually showed so we could "
            "replay it. We also require a power calculation before any experiment starts."
        ),
        (
            "Yes, there was a time a model looked better offline and didn't deliver online. What I "
            "did was what I did about it. So the model was better offline, not better online, and "
            "I did something, which is the time I'm telling you about."
        ),
    ),
]
