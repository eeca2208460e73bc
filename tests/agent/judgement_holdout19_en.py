"""The English half of held-out set 19 (see judgement_holdout19.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h19-intro",
        "en",
        "self_intro",
        "Could you walk me through your background and what you're focused on these days?",
        "Intro (~90 s, chronological, end on why here)\n"
        "- Lucas Ferreira; BEng Telecom, Univ. of Porto 2014 -> MSc Speech & Language "
        "Processing, Edinburgh 2016\n"
        "- 2016-2019 Vocalis (automotive voice): ASR engineer, in-car command recognition, Kaldi "
        "-> first E2E models\n"
        "- 2019-now Hearthly (smart-home speakers, ~6M devices): **senior MLE, on-device "
        "audio**\n"
        "  - own wake word + VAD on the DSP, model < 250 KB\n"
        "  - highlight: false wakes 1.2 -> 0.4 /day/device at same recall (~95%)\n"
        "  - lead 3 engineers; work w/ firmware + hardware teams\n"
        "- why this role: speech + LLMs (spoken dialogue), models bigger than a DSP allows",
        "Sure. I'm Lucas Ferreira. I studied telecoms engineering at the University of Porto and "
        "then did a master's in speech and language processing at Edinburgh, which I finished in "
        "2016. My first job was at Vocalis, who build voice systems for cars; I was an ASR "
        "engineer on in-car commands, starting out on Kaldi pipelines and later moving us onto "
        "our first end-to-end models. In 2019 I joined Hearthly, a smart-speaker company with "
        "around six million devices in homes, where I'm now a senior ML engineer on the "
        "on-device audio side. I own wake-word detection and voice activity detection running on "
        "the DSP, with models under a quarter of a megabyte, and the result I'm proudest of is "
        "bringing false wake-ups down from about one point two a day per device to zero point "
        "four, while recall stayed around ninety-five percent. I lead three engineers and spend "
        "a lot of time with the firmware and hardware people. I'm interested in this role "
        "because I want to work on speech together with LLMs, spoken dialogue, with models a lot "
        "bigger than a DSP will ever let me ship.",
        "I'm Lucas. I've worked in speech for most of my career, first on voice in cars and now "
        "at a smart-home company on the device side, and I'd like to move toward LLM work.",
        "I'm Lucas Ferreira. I did my bachelor's in computer science at Edinburgh and my "
        "master's in Porto, finishing in 2019. I started at Hearthly on the cloud ASR team, "
        "transcribing speaker requests on servers, and in 2021 I moved to Vocalis to work on "
        "wake-word detection for cars. Our wake-word model runs in the cloud rather than on the "
        "device, it's about fifty megabytes. We cut false wakes from four a day to one point "
        "two. I'm an individual contributor, I don't lead anyone, and what I'd like next is "
        "computer vision.",
        "On-device audio is an interesting space right now. The big shift is that the NPUs in "
        "newer chips can run a small streaming conformer locally, so more of the pipeline can "
        "stay on the device for privacy. The hard parts are always far-field conditions: "
        "reverberation, a TV playing in the background, and children's voices, which most "
        "training data underrepresents. Beamforming with a microphone array helps a lot, but it "
        "costs power.",
        "Sure, my background and what I'm focused on. My background is my background, and these "
        "days I'm focused on the things I'm focused on. So to walk you through it, that's the "
        "background, and that's the focus, and that's roughly me.",
    ),
    Case(
        "en-h19-project-wakeword",
        "en",
        "project",
        "Tell me how you built the wake-word detector that runs on your devices.",
        'Wake word on DSP ("Hey Hearth")\n'
        "Constraints: always-on, < 250 KB, < 1 mW, HiFi4 DSP, 16 kHz mic\n"
        "Pipeline: 40-dim log-mel, 10 ms hop -> **DS-CNN** (depthwise separable) -> posterior "
        "smoothed over ~1 s -> threshold\n"
        "Data:\n"
        "- positives: 3k speakers x ~20 utts, + TTS voices (~30%)\n"
        "- negatives = the hard part: 4,000 h TV / podcasts / household noise + confusables "
        '("hey Heather", "Hertz")\n'
        "- augment: room impulse responses, SNR 0-20 dB, speed 0.9-1.1\n"
        "Training: cross-entropy -> **int8 QAT**; hard-negative mining from field false wakes "
        "(opt-in users)\n"
        "Threshold: from DET curve -> cap false wakes < 0.5 /day FIRST, then max recall\n"
        "2nd stage: bigger verifier in the cloud re-checks the 1.5 s clip -> removes ~60% of "
        "remaining false wakes\n"
        "Result: FA 1.2 -> 0.4 /day/device, recall ~95% (was 94%)",
        "The constraints drove everything: it listens all the time, so the model had to fit in "
        "under a quarter of a megabyte and use less than a milliwatt on the HiFi4 DSP. The front "
        "end computes forty log-mel features every ten milliseconds and feeds a small "
        "depthwise-separable CNN, and we smooth its output over about a second before comparing "
        "it with a threshold. Positives were the easy part, a few thousand speakers saying the "
        "phrase around twenty times each, topped up with synthetic voices for roughly a third. "
        "Negatives were the real work: thousands of hours of television, podcasts and household "
        "noise, plus sound-alikes like 'hey Heather'. We augmented with room impulse responses, "
        "noise between zero and twenty dB, and small speed changes, trained with cross-entropy "
        "and then quantisation-aware training down to eight-bit, and kept mining hard negatives "
        "from false wakes that opted-in users sent back. For the operating point we read the DET "
        "curve, first capping false wakes at half a wake a day and only then pushing recall up, "
        "and a larger verifier in the cloud rechecks the clip, which removes about sixty percent "
        "of what's left. Overall false wakes went from one point two to zero point four per "
        "device per day, with recall slightly up at about ninety-five percent.",
        "It's a small neural network that runs on the DSP and listens all the time for the "
        "phrase. Most of the effort went into collecting enough negative audio so it wouldn't "
        "fire on the TV.",
        "We trained in float first and only quantised to int8 after training, post-training "
        "quantisation, no QAT. For the threshold we went the other way round: we fixed recall at "
        "ninety-five percent and let the false wakes land wherever they landed. The cloud model "
        "does the first pass on the audio stream and the DSP model only verifies the clips the "
        "cloud flags. Negatives weren't much of a problem; the hard part was positives, so most "
        "of the data budget went on recording more speakers. That got false wakes from one point "
        "two down to zero point four a day.",
        "Voice activity detection is the other always-on piece on the device. It's even smaller "
        "than the wake-word model, basically a tiny GRU over energy and spectral features, and "
        "its job is to separate speech from non-speech so the rest of the pipeline can sleep. We "
        "tune it to be very sensitive, because missing the start of a command is worse than "
        "waking the next stage for a second of noise.",
        "How I built the wake-word detector that runs on our devices: I built it, and it runs on "
        "the devices, and it detects the wake word. So building it meant building a detector for "
        "the wake word that could run on the device, which is what we built, and that's how.",
    ),
    Case(
        "en-h19-project-semcache",
        "en",
        "project",
        "You mentioned a semantic cache in front of your support chatbot. How did it work, and "
        "how did you stop it from returning wrong answers?",
        "Semantic cache for support bot (LLM answers, ~1.1M queries/day)\n"
        'Why: ~35% of questions are near-repeats ("reset password", "refund status") -> '
        "paying a big-model call for the same answer\n"
        "How:\n"
        "1. normalise query -> embed (e5-base, 768-d) -> ANN lookup in cache (FAISS HNSW)\n"
        "2. hit only if cosine >= **0.92** AND same intent label AND same locale\n"
        "3. key = question embedding; value = final answer + doc IDs it cited\n"
        "4. **never cache** account-specific stuff (order numbers, balances) -> PII / "
        "personalisation filter first\n"
        "Staleness: evict entries when any cited doc is edited (doc_id -> entries index) + 7-day "
        "TTL\n"
        "Threshold picked on 2k labelled pairs: 0.92 -> precision 99.1%; 0.88 more hits but ~4% "
        "wrong answers\n"
        "Result: hit rate 27%, LLM cost -24%, p50 2.8 s -> 0.3 s on hits; CSAT flat",
        "About a third of what people ask the support bot is really the same handful of "
        "questions worded differently, resetting a password, where's my refund, and we were "
        "paying for a large-model call every single time. So in front of the LLM we normalise "
        "the question, embed it with an e5 base model and do a nearest-neighbour search over "
        "past questions in a FAISS HNSW index. It only counts as a hit if the similarity is at "
        "least zero point nine two and the intent classifier and the language both agree; the "
        "entry is keyed on the question's embedding and stores the final answer together with "
        "the help-centre articles it cited. Anything tied to a particular account, order "
        "numbers, balances, is filtered out before the cache and never stored. To avoid stale "
        "answers every entry is indexed by the articles it cited, so editing an article evicts "
        "them, and there's a one-week expiry on top. We chose the threshold on about two "
        "thousand hand-labelled pairs: zero point nine two gave just over ninety-nine percent "
        "precision, while zero point eight eight hit more often but about one in twenty-five "
        "answers was wrong. In the end roughly a quarter of traffic is served from the cache, "
        "model spend fell by about a quarter, and those requests return in three hundred "
        "milliseconds instead of nearly three seconds, with satisfaction scores unchanged.",
        "We embedded incoming questions and, if one was close enough to something we'd already "
        "answered, we returned the stored answer instead of calling the model. It saved a fair "
        "amount of money.",
        "We embed the stored answers and use those as the keys, so an incoming question is "
        "matched against past answers, with the original question kept as the value. The "
        "similarity threshold is what keeps it safe: we went with zero point eight eight, "
        "because the lower the threshold the stricter the match, and zero point nine two let "
        "through about four percent wrong answers. We cache everything, account questions "
        "included, since the embedding doesn't carry the personal details anyway. Staleness is "
        "handled by a thirty-day TTL alone; editing a help article doesn't touch the cache. Hit "
        "rate ended up around sixty percent.",
        "The other big cost lever for us was model routing. A small classifier looks at each "
        "question and decides whether a cheap eight-billion-parameter model can handle it or "
        "whether it needs the large one; simple FAQ-style questions go to the small model. We "
        "evaluated it by having both models answer a sample of traffic and grading them with a "
        "rubric-based LLM judge, and about half the traffic ended up on the small model.",
        "The semantic cache in front of our support chatbot worked as a semantic cache, in front "
        "of the chatbot. And to stop it from returning wrong answers, we stopped it from "
        "returning wrong answers, which is the important part of a cache like that. So that's "
        "how it worked and how we kept it right.",
    ),
    Case(
        "en-h19-shap",
        "en",
        "fundamentals",
        "What are SHAP values, and what should people be careful about when they use them?",
        "SHAP = Shapley values (cooperative game theory) applied to feature attribution\n"
        "- players = features, payout = model output f(x); φ_i = avg marginal contribution of i "
        "over all coalitions\n"
        "- φ_i = Σ_{S ⊆ F\\{i}} |S|!(|F|-|S|-1)!/|F|! · [f(S∪{i}) - f(S)]\n"
        "- **additivity / local accuracy**: f(x) = E[f(X)] + Σ φ_i -> contributions sum to "
        "prediction minus base value\n"
        "- exact = 2^M coalitions -> **TreeSHAP** (exact, polynomial, trees only), KernelSHAP "
        "(model-agnostic, weighted lin. reg., slow)\n"
        "- 'missing' feature = filled from background data -> result depends on the background "
        "set\n"
        "Careful:\n"
        "- correlated features: credit gets split / model evaluated on unrealistic combos "
        "(interventional vs observational)\n"
        "- attribution != causal effect; explains the MODEL, not the world\n"
        "- global importance = mean |φ| over a dataset",
        "SHAP takes the Shapley value from cooperative game theory and uses it to explain one "
        "prediction: the features are the players and the model's output is the payout. A "
        "feature's value is its marginal contribution averaged over all the subsets of the other "
        "features, weighted by how many orderings give that subset. The useful property is that "
        "it's additive: the base value, the average prediction, plus all the contributions adds "
        "up exactly to this prediction. Computing it exactly means two to the M subsets, so in "
        "practice you use TreeSHAP, which is exact and polynomial for tree ensembles, or "
        "KernelSHAP, which works for any model by fitting a weighted linear regression but is "
        "slow. Things to watch: a 'missing' feature is filled in from a background dataset, so "
        "the answer depends on which background you pick; with correlated features the credit "
        "gets split between them, or the model is queried on combinations that never happen in "
        "real data; and it tells you how the model uses a feature, not what causes the outcome. "
        "For a global picture people average the absolute values over a dataset.",
        "SHAP gives each feature a contribution to a particular prediction, based on Shapley "
        "values from game theory. You have to be careful not to read them as causal.",
        "SHAP works by perturbing the input around the example, weighting the perturbed samples "
        "by their distance with an exponential kernel, and fitting a sparse local linear model; "
        "its coefficients are the SHAP values. Under the hood it's a gradient-times-input "
        "method, so it needs a differentiable model and doesn't really work on tree ensembles. "
        "The contributions don't have to add up to anything in particular, they're only "
        "meaningful relative to each other. Correlated features aren't an issue because each "
        "feature is scored on its own, and since it's grounded in game theory the values can be "
        "read as causal effects.",
        "Permutation importance is the simplest global method I use: take a validation set, "
        "shuffle one column at a time, and measure how much the metric drops. It's "
        "model-agnostic and cheap, and it describes the model over the whole dataset rather than "
        "one prediction. Partial dependence plots are the usual complement, to see the shape of "
        "an effect, for example how predicted risk rises with age.",
        "SHAP values are SHAP values, and what people should be careful about is being careful "
        "when they use them. So you use SHAP values, and you're careful, because they're SHAP "
        "values and they need care when you use them.",
    ),
    Case(
        "en-h19-hll",
        "en",
        "fundamentals",
        "How does HyperLogLog estimate the number of distinct items, and how accurate is it?",
        "HyperLogLog (Flajolet et al. 2007): count-distinct in tiny fixed memory\n"
        "- hash each item -> uniform bits\n"
        "- intuition: seen a hash with k leading zeros ~ seen ~2^k distinct items\n"
        "- 1 register = too noisy -> **m = 2^p registers**: first p bits pick the register, keep "
        "max(leading zeros + 1) of the rest\n"
        "- estimate = α_m · m² / Σ_j 2^(-M_j)   (harmonic mean -> robust to outliers)\n"
        "- small range -> linear counting (many empty registers); 64-bit hash avoids large-range "
        "issue\n"
        "**std error ≈ 1.04 / √m** -> p=14: m=16384, ~12 KB (6 bits each), ~0.81%\n"
        "- duplicates change nothing (max is idempotent)\n"
        "- **mergeable**: union = register-wise max -> daily sketches -> weekly uniques\n"
        "- no deletes; intersection only via inclusion-exclusion (noisy)\n"
        "used: Redis PFADD/PFCOUNT, BigQuery APPROX_COUNT_DISTINCT",
        "You hash every item so the bits look uniformly random. The intuition is that if the "
        "longest run of leading zeros you've seen is k, you've probably seen something like two "
        "to the k different items. One counter like that is very noisy, so you split the stream: "
        "the first p bits of the hash pick one of m, two to the p, registers, and each register "
        "keeps the largest leading-zero position it has seen in the remaining bits. The "
        "registers are combined with a harmonic mean, a constant times m squared over the sum of "
        "two to the minus each register, and the harmonic mean stops one unlucky register from "
        "dominating; for small counts, while many registers are still empty, you switch to "
        "linear counting. The standard error is about one point zero four over the square root "
        "of m, so with about sixteen thousand registers, roughly twelve kilobytes, you're under "
        "one percent. Repeats change nothing because it's a max, and two sketches merge by "
        "taking the max register by register, which is why you can keep one per day and union "
        "them into weekly uniques. You can't delete items, and intersections only come from "
        "inclusion-exclusion, which is noisy. Redis's PFCOUNT and BigQuery's approximate count "
        "distinct are built on it.",
        "It hashes the items and looks at the runs of zeros in the hashes to estimate how many "
        "distinct ones there are, in very little memory. The answer is approximate, off by a "
        "small percentage.",
        "HyperLogLog hashes each item and each register keeps the minimum number of leading "
        "zeros it has seen, because the fewer zeros, the more distinct items there have been. "
        "The registers are combined with a plain arithmetic mean, and the error falls as one "
        "over m, so doubling the registers halves the error. It stores the hashes themselves, so "
        "memory grows slowly with the number of distinct items. The catch is that sketches can't "
        "be merged, so you can't combine daily sketches into a weekly unique count; you have to "
        "recount from the raw events.",
        "For frequencies rather than distinct counts I'd use a Count-Min sketch: a small "
        "two-dimensional array of counters with one hash function per row; each item increments "
        "one counter in every row, and the estimate is the minimum across rows. It never "
        "underestimates, only overestimates because of collisions, and the error depends on the "
        "width. It's what you'd use for heavy hitters, like the top queries in a stream.",
        "HyperLogLog estimates the number of distinct items by estimating the number of distinct "
        "items, and how accurate it is depends on its accuracy. So it's an estimate of distinct "
        "items, and the accuracy is the accuracy of that estimate, more or less.",
    ),
    Case(
        "en-h19-beh-customer",
        "en",
        "behavioral",
        "Tell me about a time you had to deal with an unhappy customer directly.",
        "Angry enterprise customer (STAR)\n"
        "S: logistics client (~$400k ARR); our doc-extraction model misread dates on their NEW "
        "customs form -> 2 days of shipments flagged; their ops lead escalated to our CEO\n"
        "T: I owned the model -> on the call + own the fix\n"
        "A:\n"
        "1. call: listened first, **no excuses**, said it was our miss (layout changed, we had "
        "no test for it)\n"
        "2. same day: manual review queue for their docs (our annotators) -> no more bad dates "
        "reach them\n"
        "3. root cause: day/month swap on new layout -> 300 labelled samples, fine-tune + "
        "date-format validation rule\n"
        "4. daily status email to their ops lead until closed\n"
        "R: fixed in 4 days; date accuracy 91% -> 99.6% on their forms; renewed + expanded (2 "
        "more regions)\n"
        "Learned: layout-change alert for top customers; talk to the customer before the fix, "
        "not after",
        "The one that comes to mind is a logistics client worth around four hundred thousand a "
        "year to us. They'd brought in a new customs form, our document-extraction model started "
        "misreading the dates on it, so for two days their shipments were being flagged, and "
        "their head of operations went straight to our CEO. I owned that model, so I was put on "
        "the call and given the fix. On the call I mostly listened, didn't make excuses, and "
        "said plainly it was our mistake: the layout had changed and nothing on our side tested "
        "for that. That same day I had our annotators check their documents by hand so no more "
        "bad dates reached them. The cause turned out to be day and month swapping places on the "
        "new layout, so we labelled a few hundred of their forms, fine-tuned, and added a rule "
        "that validates the date format. I also emailed their ops lead a status update every day "
        "until it was closed. It was fixed in four days, date accuracy on their forms went from "
        "about ninety-one to over ninety-nine and a half percent, and they renewed and expanded "
        "into two more regions. Since then we alert on layout changes for our largest customers, "
        "and I'd rather talk to a customer before the fix than after it.",
        "A customer was unhappy because our model made mistakes on their documents. I got on a "
        "call with them, apologised, and we fixed the model within a few days, and they stayed "
        "with us.",
        "A logistics client escalated because the model misread dates on their new customs form. "
        "I let our account manager take the call while I went straight into fixing the model, "
        "because talking to them before we had a fix would only have made it worse. Since the "
        "dates came out right on our side, I explained that the real issue was their new layout "
        "and asked them to go back to the old form while we retrained. We didn't set up any "
        "manual review in the meantime. The fix took about three weeks, accuracy went from "
        "ninety-one to ninety-four percent, and they didn't renew that year.",
        "Most customer problems I see in document AI come from distribution shift: customers "
        "change their templates, scan at a lower resolution, or start sending phone photos "
        "instead of scans. The best defence is monitoring the inputs, not just the outputs, "
        "things like layout embeddings or field-position statistics, so you notice drift before "
        "accuracy drops. We also keep a per-customer golden set that's re-run on every model "
        "release.",
        "A time I had to deal with an unhappy customer directly. Yes, there was a customer, and "
        "they were unhappy, and I dealt with it directly. Dealing with unhappy customers "
        "directly is something I've done, and that was the time I did it.",
    ),
]
