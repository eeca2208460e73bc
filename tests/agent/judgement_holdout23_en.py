"""The English half of held-out set 23 (see judgement_holdout23.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h23-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and what brings you here.",
        "Intro (~1.5 min; thread: robotics -> ML infra)\n"
        "- Priya Raghunathan; B.Tech Mech Eng, IIT Madras 2014 -> MS Robotics, CMU 2016\n"
        "- 2016-2019 Brightpick (warehouse robots): grasp-detection models, **sim-to-real** "
        "pipeline\n"
        "  - synthetic data + domain randomisation -> pick success 82% -> 94%\n"
        "- 2019-now Corvana: **ML platform team** (training infra)\n"
        "  - built the shared GPU scheduler on k8s (~600 GPUs), utilisation 41% -> 73%\n"
        "  - lead of 5; on-call rotation owner\n"
        "- why here: want to be closer to large-scale LLM training infra",
        "Sure. I'm Priya Raghunathan. I studied mechanical engineering at IIT Madras, "
        "graduating in 2014, and then did a master's in robotics at Carnegie Mellon. My first "
        "job, for about three years, was at Brightpick, which makes warehouse robots; I built "
        "the models that decide where the arm should grasp, and I set up a simulation-to-real "
        "pipeline, lots of synthetic images with randomised lighting and textures, which took "
        "the pick success rate from the low eighties to about ninety-four percent. In 2019 I "
        "moved to Corvana onto the ML platform team, so training infrastructure. The main "
        "thing I built there is the shared GPU scheduler on Kubernetes for roughly six hundred "
        "GPUs, and it got utilisation from around forty percent to over seventy. I lead a team "
        "of five now and I own our on-call rotation. I'm here because I want to work closer to "
        "large-scale LLM training infrastructure.",
        "I'm Priya. I started out in robotics and these days I work on ML infrastructure, and "
        "I'm looking to move toward training infrastructure for large models.",
        "I'm Priya Raghunathan. I did my bachelor's in computer science at CMU and then a PhD "
        "in mechanical engineering at IIT Madras, finishing in 2019. At Brightpick I worked on "
        "the billing backend rather than the robots, and the sim-to-real work was done by a "
        "research partner. I joined Corvana in 2022 as a data analyst; the GPU scheduler there "
        "is a vendor product, and utilisation actually dropped last year. I'm applying because "
        "I'd like to move into sales engineering.",
        "Warehouse robotics is an interesting space because the hard part is rarely the robot "
        "itself, it's the long tail of items. A store might carry a hundred thousand SKUs, "
        "with shiny packaging, deformable bags, transparent bottles, and every one of those "
        "breaks a grasping model differently. That's why a lot of companies end up with a "
        "human-in-the-loop fallback where a remote operator takes over on failures.",
        "Sure, so, a bit about myself. Myself, I'm someone with experience, and what brings me "
        "here is that I wanted to come here. So that's a bit about me and what brings me here, "
        "really. I think that covers a bit about myself and what brings me here.",
    ),
    Case(
        "en-h23-uplift",
        "en",
        "project",
        "Walk me through the churn and retention-offer project you led. How did you decide who "
        "gets an offer?",
        "Retention offers - uplift modelling (telco, prepaid -> postpaid base ~3.2M subs)\n"
        "**Problem:** churn model targeted top-decile risk -> offers went to people who'd "
        "leave anyway OR stay anyway; budget wasted\n"
        "**Approach**\n"
        "1. Ran a randomised holdout first: 8 weeks, offer vs no offer, ~120k subs -> training "
        "data for uplift\n"
        "2. **Uplift = P(stay | offer) - P(stay | no offer)**\n"
        "   - T-learner baseline (two GBMs) -> switched to X-learner (better w/ imbalanced "
        "treatment)\n"
        "   - eval: Qini curve / AUUC, not AUC\n"
        "3. Segments: persuadables (target), sure things, lost causes, **sleeping dogs** "
        "(offer *increases* churn -> exclude)\n"
        "4. Targeting: rank by uplift x margin, top 15% within budget\n"
        "**Result:** incremental retained subs +38% vs risk-based targeting at same budget; "
        "offer cost/retained sub -27%",
        "The starting point was that we targeted retention offers with a plain churn model, "
        "giving them to the riskiest ten percent, and a lot of that money went to people who "
        "were going to leave regardless, or who'd have stayed anyway. So the first thing we "
        "did was run a proper randomised experiment for about two months on roughly a hundred "
        "and twenty thousand subscribers, some got the offer and some didn't, and that gave us "
        "the data to model the effect of the offer itself: the difference between the chance "
        "of staying with the offer and without it. We started with two separate boosted "
        "models, one per group, and then moved to an X-learner because far fewer people were "
        "treated than not. We judged models on the Qini curve rather than AUC. That let us "
        "split people into the ones you can actually persuade, the ones who stay anyway, the "
        "ones you can't save, and the ones where an offer actually reminds them to leave, and "
        "we excluded that last group. Then we ranked by expected uplift times margin and took "
        "the top fifteen percent the budget covered. At the same spend we kept about "
        "thirty-eight percent more customers than the risk-based approach, and the cost per "
        "retained customer fell by about a quarter.",
        "We stopped just sending offers to the customers most likely to churn and instead "
        "tried to estimate who the offer would actually change, and that gave us more retained "
        "customers for the same budget.",
        "We decided who gets an offer by ranking on churn probability: the uplift model was "
        "basically our churn model, P(churn), and we sent offers to the top fifteen percent by "
        "risk. We didn't run a holdout, we trained on historical offers because a randomised "
        "test would have cost too much. We evaluated with AUC, and the sleeping dogs, the "
        "people whose churn goes up with an offer, were actually our main target since they "
        "respond most strongly. The result was about the same retention as before but the cost "
        "per retained subscriber went up around twenty percent.",
        "In telco, a lot of churn is really about the network and billing, not about offers. "
        "When we looked at call-centre logs, dropped calls and bill shock were the biggest "
        "drivers, so one of the most effective things was proactive alerts when a customer was "
        "about to exceed their data plan. Offers help at the margin, but fixing those root "
        "causes moves the baseline.",
        "So the churn and retention-offer project, I led it, and deciding who gets an offer "
        "was a key part of it. We decided who gets an offer based on deciding who should get "
        "the offer. Basically the project was about churn and retention offers, and the "
        "decision of who gets an offer was the main decision we made in that project.",
    ),
    Case(
        "en-h23-diarization",
        "en",
        "project",
        "You mentioned speaker diarization for call-centre recordings. What did you build and "
        "what were the hard parts?",
        "Call-centre diarization (2 speakers: agent vs customer), mono 8 kHz recordings\n"
        "- Why: QA analytics needs who-said-what; stereo only on ~30% of calls\n"
        "- Pipeline: VAD -> 1.5 s windows, 0.75 s hop -> ECAPA-TDNN speaker embeddings -> "
        "**spectral clustering, k fixed = 2** -> resegmentation w/ HMM smoothing\n"
        "- Role assignment: which cluster = agent -> agent **voiceprint enrolment** (cosine to "
        "enrolled emb) + fallback: who says the greeting script\n"
        "- Hard parts\n"
        "  - overlap speech (~12% of time) -> overlap detector, assign to both\n"
        "  - hold music / IVR prompts -> music classifier before VAD\n"
        "  - 8 kHz telephony -> fine-tuned ECAPA on 8 kHz in-domain data\n"
        "- Results: DER 18.4% -> 7.9% (vs vendor); role accuracy 97%",
        "The recordings were mostly single-channel telephone audio at eight kilohertz, and the "
        "analytics team needed to know which words the agent said and which the customer said; "
        "only about a third of calls had separate channels. So I built a pipeline that first "
        "strips out non-speech, cuts the audio into short overlapping windows of a second and "
        "a half, turns each window into a speaker embedding with an ECAPA model, and then "
        "clusters those embeddings into exactly two groups with spectral clustering, followed "
        "by a smoothing pass so the boundaries don't flicker. To decide which cluster is the "
        "agent, we compare against agents' enrolled voiceprints, and if that isn't available "
        "we fall back on whoever says the scripted greeting. The hard parts were people "
        "talking over each other, about an eighth of the time, which we handled with an "
        "overlap detector that labels both speakers; hold music and IVR prompts, which we "
        "filter with a music classifier before the speech detection; and the narrowband audio, "
        "which meant fine-tuning the embedding model on our own telephone data. Diarization "
        "error went from a bit over eighteen percent with the vendor to under eight, and we "
        "get the agent/customer role right about ninety-seven percent of the time.",
        "We built a diarization pipeline that splits the call into segments, computes speaker "
        "embeddings and clusters them into two speakers, agent and customer. The trickiest "
        "part was when both people talk at the same time.",
        "We used stereo recordings for everything, since the agent and customer are on "
        "separate channels, so clustering wasn't really needed. Where we did cluster we used "
        "agglomerative clustering and let it pick the number of speakers, usually three or "
        "four, because of transfers. We decided roles by assuming whoever talks most is the "
        "customer. Overlapping speech was rare, under one percent, so we just dropped it. "
        "Diarization error went from about eight percent to eighteen, which was acceptable "
        "because transcription improved.",
        "For call-centre analytics, the transcription model matters a lot more than people "
        "expect. Off-the-shelf ASR is trained on wideband audio, so on telephone audio with "
        "accents and product names the word error rate doubles. We got big gains from adding a "
        "custom vocabulary for plan names and from fine-tuning on a few hundred hours of "
        "labelled calls, and then sentiment and compliance checks run on top of the transcript.",
        "Yes, speaker diarization for call-centre recordings. What I built was a speaker "
        "diarization system for the call-centre recordings, and the hard parts were the hard "
        "parts of diarization. Diarization is hard, and for call-centre recordings it's also "
        "hard, so those were the hard parts of what I built.",
    ),
    Case(
        "en-h23-flashattention",
        "en",
        "fundamentals",
        "Why is FlashAttention faster than standard attention if it does the same computation?",
        "FlashAttention - key idea: **IO-aware**, not fewer FLOPs\n"
        "- Standard attn: S = QK^T (N x N) written to HBM -> softmax reads/writes it again -> "
        "P·V\n"
        "  - memory O(N^2), dominated by HBM traffic; attention is memory-bound, not "
        "compute-bound\n"
        "- Flash:\n"
        "  - **tiling**: load blocks of Q, K, V into SRAM (on-chip, ~20 MB total vs 40-80 GB "
        "HBM but ~10x faster bandwidth)\n"
        "  - **online softmax**: keep running max m and sum l per row -> rescale partial "
        "outputs, so no full N x N matrix\n"
        "  - fused kernel (matmul + mask + softmax + dropout + matmul)\n"
        "  - backward: **recompute** S/P blocks from Q,K instead of storing them -> more "
        "FLOPs, less memory, still faster\n"
        "- Result: exact (not approximate) attention, memory O(N) extra, 2-4x speedup "
        "wall-clock (v1), longer contexts fit",
        "It isn't doing less arithmetic, it's doing far less memory traffic. Normal attention "
        "materialises the full sequence-by-sequence score matrix in the GPU's main memory, "
        "then reads it back for the softmax, writes it out again, and reads it again to "
        "multiply by V, and for attention that shuffling to and from HBM is the bottleneck, "
        "not the matrix multiplies. FlashAttention splits Q, K and V into blocks small enough "
        "to sit in the on-chip SRAM, which is tiny but much faster, and computes the output "
        "block by block. The trick that makes that possible is an online softmax: for each row "
        "it keeps a running maximum and running normaliser, and rescales the partial result "
        "whenever a new block changes them, so you never need the whole score matrix at once. "
        "Everything is fused into one kernel. In the backward pass it recomputes those blocks "
        "instead of saving them, which costs some extra FLOPs but still wins because memory "
        "access is the expensive part. The answer is exact, extra memory becomes linear in "
        "sequence length instead of quadratic, and the first version was something like two to "
        "four times faster, which is also why longer contexts fit.",
        "Because it's smarter about GPU memory: it works on blocks that fit in fast on-chip "
        "memory, so it doesn't have to write the whole attention matrix out.",
        "FlashAttention is faster because it approximates attention: it uses a low-rank "
        "projection of K and V so the number of FLOPs drops from quadratic to linear, at a "
        "small cost in accuracy. It keeps the full N by N score matrix in HBM but in fp8, "
        "which halves the memory traffic. In the backward pass it stores all the softmax "
        "probabilities so it never has to recompute anything, which is where most of the "
        "speedup comes from. It's mainly compute-bound savings, so it helps most for short "
        "sequences.",
        "For long contexts the bigger win is often the KV cache at inference time. Each "
        "generated token has to attend to all the cached keys and values, so decoding is "
        "limited by how fast you can read that cache. Techniques like grouped-query attention "
        "cut the number of KV heads, and paged attention manages the cache in fixed-size "
        "blocks so memory isn't wasted on fragmentation.",
        "FlashAttention is faster than standard attention, even though it does the same "
        "computation. The reason it's faster is that it's a faster way of doing attention. So "
        "even with the same computation, FlashAttention is faster, and that's why it's faster "
        "than standard attention.",
    ),
    Case(
        "en-h23-groupkfold",
        "en",
        "fundamentals",
        "When would you use grouped cross-validation instead of plain k-fold, and what goes "
        "wrong if you don't?",
        "Grouped CV (GroupKFold)\n"
        "- Use when rows are **not independent**: several rows share a group -> same user / "
        "patient / session / device / document\n"
        "- Plain k-fold splits rows at random -> same group in train AND val -> model "
        "memorises group-specific signal (identity leak)\n"
        "  -> **optimistic** val score, drops in prod on unseen groups\n"
        "- GroupKFold: every group entirely in one fold; val = new groups, like production\n"
        "- Variants:\n"
        "  - StratifiedGroupKFold when labels imbalanced\n"
        "  - time involved -> time-based split first (group + time), no future leakage\n"
        "- Sanity check: gap between random-k-fold and group-k-fold score = size of leak; e.g. "
        "AUC 0.91 vs 0.78\n"
        "- Caveat: few large groups -> high variance folds, use more folds / repeated",
        "Whenever your rows aren't independent, when several of them come from the same "
        "patient, user, device or document, and at prediction time you'll be seeing new ones "
        "of those. If you split rows randomly, pieces of the same person end up in both "
        "training and validation, and the model can score well just by recognising that person "
        "rather than learning anything general, so the validation number is too rosy and then "
        "it falls off in production. Grouped splitting keeps each group entirely inside one "
        "fold, so validation is always on people the model hasn't seen, which is what "
        "production looks like. If the classes are imbalanced there's a stratified version, "
        "and if there's a time element you should split on time as well so nothing from the "
        "future leaks in. A useful check is to run both and look at the difference, I've seen "
        "something like point nine one with random folds against under point eight with "
        "grouped ones. One caveat is that with only a few big groups the folds get noisy, so "
        "use more folds or repeat it.",
        "You use it when the same user or patient appears in many rows, so that they don't end "
        "up in both training and validation. Otherwise your score is too optimistic.",
        "Grouped cross-validation is what you use when the labels are imbalanced; it makes "
        "sure each fold has the same ratio of positives and negatives. If you have many rows "
        "per user you actually want plain k-fold, because seeing the same user in train and "
        "validation gives the model a fairer, more stable estimate. Without grouping the score "
        "tends to come out pessimistic, so GroupKFold mainly raises your validation number. It "
        "matters most when you have a handful of very large groups.",
        "Cross-validation also matters for hyperparameter tuning. If you tune on the same "
        "folds you report, you overfit the validation set, so the clean approach is nested "
        "cross-validation: an inner loop picks hyperparameters and an outer loop estimates "
        "performance. It's expensive, so in practice people often use a single held-out test "
        "set that's touched only once at the end.",
        "You'd use grouped cross-validation instead of plain k-fold when grouped "
        "cross-validation is the right choice. If you don't, then things go wrong, because you "
        "didn't use grouped cross-validation. So basically grouped is used when grouping is "
        "needed, and plain k-fold when it isn't.",
    ),
    Case(
        "en-h23-feedback",
        "en",
        "behavioral",
        "Tell me about a time you got hard critical feedback from your manager. What did you "
        "do with it?",
        'STAR - "your design docs are unreadable" (2022, mid-year review)\n'
        "S: senior MLE, 2nd year; manager (Dana) said my docs/updates lost stakeholders: "
        "15-page docs, results buried, PMs stopped reading -> my search-relevance proposal sat "
        "6 wks w/o decision\n"
        "T: get decisions faster; fix how I communicate, not just this doc\n"
        "A:\n"
        "- asked Dana for 2 concrete examples + a doc she liked -> saw the pattern\n"
        "- new template: **1-page summary first** (decision needed, options, recommendation, "
        "cost), details in appendix\n"
        "- rewrote the relevance proposal -> 2 pages + appendix\n"
        '- asked a PM to review each draft for 2 months ("where did you stop reading?")\n'
        "R: proposal approved in the next review (1 meeting); template adopted by team (8 "
        'people); next review: comms rated "strength"\n'
        "Learned: feedback hurt but was right; ask for examples, not reassurance",
        "In my mid-year review in 2022 my manager, Dana, told me pretty bluntly that nobody "
        "could get through my design docs. They ran to fifteen pages with the actual result "
        "buried somewhere in the middle, product managers had stopped reading them, and my "
        "proposal for the search relevance work had been sitting for about six weeks without "
        "anyone deciding. My goal was to get decisions made faster, and to fix the habit "
        "rather than just that one doc. I asked her for a couple of concrete examples and for "
        "a doc she thought worked well, and the pattern was obvious once I compared them. So I "
        "started putting a one-page summary at the top, what decision I need, the options, "
        "what I recommend and what it costs, with all the detail pushed to an appendix. I "
        "rewrote the relevance proposal that way, down to two pages, and for a couple of "
        "months I had a PM read each draft and tell me where they lost interest. The proposal "
        "got approved in the very next review, in one meeting, our team of eight picked up the "
        "template, and at my next review communication was listed as a strength. It stung, but "
        "she was right, and I learned to ask for examples instead of reassurance.",
        "My manager once told me my documents were too long and hard to follow. I took it on "
        "board and started writing a short summary at the top, and things got approved faster "
        "after that.",
        "In my 2022 review my manager said my design docs were too short and lacked detail, so "
        "stakeholders kept asking follow-up questions. I disagreed at first, but I ended up "
        "expanding them: the relevance proposal went from two pages to about fifteen, with the "
        "full analysis up front and the summary at the end. I didn't ask for examples because "
        "I felt I already understood the problem. The proposal still took another two months "
        "to approve, and the team didn't adopt my format, but I think the thoroughness paid "
        "off later.",
        "I think the best way to give critical feedback is to make it specific and timely. I "
        "use the situation-behaviour-impact format: describe the exact situation, the "
        "behaviour you saw, and what effect it had, then ask the person how they see it. And I "
        "try to give it within a day or two, in private, rather than saving it up for a "
        "performance review.",
        "A time I got hard critical feedback from my manager, yes. It was hard and it was "
        "critical, and it came from my manager. What I did with it was I took the feedback and "
        "did something with it. So that's a time I received hard critical feedback and what I "
        "did with that feedback.",
    ),
]
