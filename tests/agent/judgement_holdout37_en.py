"""The English half of held-out set 37 (see judgement_holdout37.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h37-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and the work you've been doing recently.",
        (
            "Intro (~90 s)\n"
            "* Daniel Okafor - BSc Physics, Univ. of Lagos (2013); MSc Machine Learning, Edinburgh "
            "(2015)\n"
            "* 2015-2019 Kinnect (social app): graph ML for friend suggestions, GraphSAGE in prod "
            "2018 -> accepted requests/day **+17%**\n"
            "* 2019-now Nimbus Phones, on-device ML; **tech lead since 2022** (4 ppl)\n"
            "    - federated training of the notification ranker, ~9M devices, DP (eps ~3)\n"
            "    - camera scene model: pruning + int8 -> 6x smaller, 11 ms on mid-range phones\n"
            "* why here: privacy-preserving personalisation at a bigger scale"
        ),
        (
            "Sure. I'm Daniel Okafor. I studied physics at the University of Lagos, finishing in "
            "2013, and then did a master's in machine learning at Edinburgh, which I completed in "
            "2015. My first job was at Kinnect, a social app, where I spent about four years on "
            "graph machine learning for friend suggestions; we put a GraphSAGE model into "
            "production in 2018 and accepted friend requests went up by about seventeen percent. "
            "Since 2019 I've been at Nimbus Phones doing on-device ML, and I've been tech lead of "
            "a four-person team since 2022. Two things there: we train the notification ranking "
            "model with federated learning across roughly nine million phones, with differential "
            "privacy at an epsilon of about three, and I shrank the camera's scene classifier "
            "about six times with pruning and int8 so it runs in eleven milliseconds on mid-range "
            "phones. I'm here because I want to do privacy-preserving personalisation at a bigger "
            "scale."
        ),
        (
            "I'm Daniel. I've worked on graph models at a social app and now I do machine learning "
            "on phones, with some privacy work."
        ),
        (
            "I'm Daniel Okafor. I did my undergrad in machine learning at Edinburgh and then a PhD "
            "in physics in Lagos, finishing in 2019. I started at Nimbus Phones, and only later "
            "moved to Kinnect, where I'm now a data engineer on their analytics pipelines. The "
            "friend suggestions there still run on hand-written rules; we tried GraphSAGE and "
            "accepted requests dropped by seventeen percent, so it never shipped. At Nimbus the "
            "notification ranker was trained centrally on uploaded user logs, without any "
            "differential privacy, and I wasn't leading anyone. What brings me here is that I'd "
            "like to move into game development."
        ),
        (
            "On-device ML has changed a lot in the last few years. Phone NPUs now deliver tens of "
            "TOPS, so even small language models can run locally if you quantise them hard. The "
            "real constraints are battery and heat: after a few minutes of sustained inference the "
            "chip throttles, and every vendor supports a different set of operators, so one model "
            "often needs several runtime ports before it ships everywhere."
        ),
        (
            "Sure, a bit about myself and the work I've been doing recently. Myself is who I am, "
            "and the work I've been doing recently is the work I've been doing. So that's a bit "
            "about me, and that's the work I've been doing recently, which is the work I do."
        ),
    ),
    Case(
        "en-h37-graphsage-pymk",
        "en",
        "project",
        (
            "You mention a GraphSAGE model for friend suggestions. How did you make it train and "
            "serve on a graph that size?"
        ),
        (
            "## PYMK with GraphSAGE (Kinnect, 2018)\n"
            "- graph: 120M users, ~9B friendship edges; node feats = profile + activity (64-d)\n"
            "- **full-batch GCN impossible** (memory) -> GraphSAGE mini-batch w/ neighbour "
            "sampling\n"
            "    - 2 layers, fanout **[25, 10]** -> <= 250 sampled 2-hop nbrs per seed node\n"
            "    - mean aggregator; hubs / celebs: sample by edge weight (recent interactions), "
            "not uniform\n"
            "- objective: link prediction, BPR-style loss; negs = random + **hard negs** "
            "(friends-of-friends, not connected)\n"
            "- serving: **inductive** -> embed new users w/o retraining; nightly batch inference "
            "-> ANN (HNSW) top-200 candidates -> existing GBDT ranker\n"
            "- results: recall@50 0.31 -> 0.42; accepted requests/day +17%; biggest gain for new "
            "users (< 7 days)"
        ),
        (
            "The graph had about a hundred and twenty million users and roughly nine billion "
            "friendship edges, so training a full-batch GCN was out of the question on memory "
            "alone. We used GraphSAGE with mini-batches and neighbour sampling: two layers, "
            "sampling twenty-five neighbours at the first hop and ten at the second, so each seed "
            "user touches at most two hundred and fifty nodes. For very popular accounts we didn't "
            "sample uniformly; we weighted neighbours by recent interactions. The training task "
            "was link prediction with a pairwise ranking loss, and besides random negatives we "
            "added hard ones, friends of friends who weren't connected. Because GraphSAGE is "
            "inductive, new users get an embedding without retraining. Every night we ran batch "
            "inference, put the embeddings in an HNSW index, pulled two hundred candidates per "
            "user and handed them to the existing GBDT ranker. Recall at fifty went from point "
            "three one to point four two, accepted requests rose about seventeen percent, and new "
            "users gained the most."
        ),
        (
            "We couldn't use the whole graph at once, so we sampled neighbours and trained in "
            "mini-batches, and then used the embeddings to generate candidates."
        ),
        (
            "We actually trained it full-batch on the whole graph, all nine billion edges, on one "
            "big-memory machine, because neighbour sampling adds too much variance. GraphSAGE's "
            "fanout was ten at the first hop and twenty-five at the second, sampled uniformly, "
            "hubs included, since weighting by interactions biases the model. Negatives were "
            "purely random; hard negatives like friends of friends just confused it. GraphSAGE is "
            "transductive, so we retrained from scratch every night to cover new users, and the "
            "embeddings replaced the GBDT ranker entirely. Recall at fifty fell from point four "
            "two to point three one, but engagement held."
        ),
        (
            "Friend suggestion has a lot of product subtleties. You have to be careful about "
            "suggesting people users might not want to see, like an ex or an abusive contact, so "
            "there are block lists and 'don't show again' signals. Importing phone contacts is the "
            "single strongest growth lever, but it raises consent questions, and in some countries "
            "regulators have pushed back on it."
        ),
        (
            "So, the GraphSAGE model for friend suggestions. To make it train on a graph that size "
            "we made it train, and to make it serve on a graph that size we made it serve. It was "
            "a graph of that size, and it trained and served on it. That's how we made it train "
            "and serve."
        ),
    ),
    Case(
        "en-h37-ondevice-compress",
        "en",
        "project",
        (
            "Walk me through how you got the camera scene classifier small and fast enough for "
            "mid-range phones."
        ),
        (
            "# Camera scene classifier -> mid-range Android\n"
            "target: < 15 ms/frame on a Snapdragon 6-series, model < 3 MB, top-1 drop <= 1 pt\n"
            "start: MobileNetV3-Large fp32, 16 MB, 46 ms on CPU\n"
            "1. tried **unstructured** 50% magnitude pruning first -> 0 speed-up (runtime has no "
            "sparse kernels) ✗\n"
            "2. **structured channel pruning** (L1 norm of filters), 35% channels, 3 iterative "
            "rounds, fine-tune after each\n"
            "3. **int8 QAT**: per-channel weights, per-tensor activations; PTQ alone lost 2.8 pt "
            "top-1\n"
            "4. delegate: NNAPI fell back to CPU on some SoCs (hard-swish unsupported) -> swapped "
            "to ReLU6 -> whole graph on the DSP\n"
            "5. measured on 9 real phones: p90 latency + thermals after 5 min continuous\n"
            "**result**: 2.6 MB, 11 ms p90, top-1 -0.7 pt"
        ),
        (
            "We started from a MobileNetV3-Large in float32, sixteen megabytes and about forty-six "
            "milliseconds per frame on the CPU, and the budget was under fifteen milliseconds on a "
            "mid-range Snapdragon, under three megabytes, and at most one point of top-1 lost. My "
            "first attempt, unstructured magnitude pruning at fifty percent, gave no speed-up at "
            "all, because the runtime has no sparse kernels. So I switched to structured pruning, "
            "removing about a third of the channels by the L1 norm of their filters, over three "
            "rounds with fine-tuning after each. Then int8: post-training quantisation alone cost "
            "almost three points, so we did quantisation-aware training with per-channel weight "
            "scales. On some chips the NNAPI delegate was quietly falling back to the CPU because "
            "hard-swish wasn't supported, so I replaced it with ReLU6 and the whole graph ran on "
            "the DSP. We measured on nine real phones, p90 latency and heat after five minutes. We "
            "ended at two point six megabytes, eleven milliseconds, and seven tenths of a point "
            "lost."
        ),
        (
            "We pruned the model and quantised it to int8, and then tested it on some phones. It "
            "ended up a lot smaller and fast enough."
        ),
        (
            "We went with unstructured magnitude pruning at fifty percent, and that alone made it "
            "about three times faster on the phone, so structured channel pruning wasn't needed. "
            "For int8 we used post-training quantisation, which lost almost nothing; "
            "quantisation-aware training was too slow and we skipped it, with one scale per tensor "
            "for the weights. Hard-swish ran fine on every delegate, so we kept it, and we did the "
            "latency checks on the Android emulator rather than real devices. The model came out "
            "at sixteen megabytes and forty-six milliseconds, about two points of top-1 better "
            "than the original."
        ),
        (
            "Camera pipelines on phones are mostly about the ISP. Before any model sees a frame, "
            "the image signal processor has done demosaicing, white balance, noise reduction and "
            "tone mapping, and each vendor tunes these differently, so the same scene looks "
            "different on two phones. Night mode stacks a burst of frames and aligns them, which "
            "is why you're asked to hold still for a couple of seconds."
        ),
        (
            "Sure, I can walk you through how we got the camera scene classifier small and fast "
            "enough for mid-range phones. We got it small, and we got it fast enough, for the "
            "mid-range phones. That's how it got small and fast enough, which is what we needed "
            "for mid-range phones."
        ),
    ),
    Case(
        "en-h37-dp-sgd",
        "en",
        "fundamentals",
        "How does DP-SGD work, and what does the epsilon actually tell you?",
        (
            "DP-SGD (Abadi et al. 2016)\n"
            "1. per-example grads (not per-batch!)\n"
            "2. **clip** each to L2 norm <= C -> bounds any one example's influence (sensitivity)\n"
            "3. sum, add Gaussian noise N(0, sigma^2 C^2 I), divide by batch size\n"
            "4. Poisson sampling, rate q = B/N -> privacy amplification by subsampling\n"
            "5. accountant (moments / RDP) tracks total (eps, delta) over ALL steps -> more steps, "
            "bigger q or smaller sigma => bigger eps\n"
            "eps: with vs without any one example, output probs differ by <= e^eps (+ delta); "
            "smaller = stronger; ~1-3 strong, > 10 weak; delta << 1/N\n"
            "cost: accuracy drop; per-example grads = slower + more memory; C ~ median grad norm; "
            "bigger batches help"
        ),
        (
            "DP-SGD changes ordinary SGD in two places. First, you compute the gradient for every "
            "example separately, not just for the batch, and clip each one so its L2 norm is at "
            "most some bound C; that caps how much any single example can move the model. Then you "
            "add up the clipped gradients, add Gaussian noise whose scale is the noise multiplier "
            "times C, and divide by the batch size. Batches are sampled at random, which amplifies "
            "the privacy. A privacy accountant, Rényi DP or the moments accountant, adds up the "
            "loss over every step, so more steps, a larger sampling rate or less noise all mean a "
            "larger epsilon. Epsilon says that whether or not any one person's data was in "
            "training, the probability of any outcome changes by at most a factor of e to the "
            "epsilon, with a small slack delta, which should be much smaller than one over the "
            "dataset size. Smaller is stronger: one to three is strong, above ten is weak. The "
            "price is accuracy and the cost of per-example gradients; larger batches and setting C "
            "near the median gradient norm help."
        ),
        (
            "You clip the gradients and add noise during training, and epsilon is the privacy "
            "budget; smaller means more private."
        ),
        (
            "DP-SGD clips the gradient of the whole batch once, after averaging, so you don't need "
            "per-example gradients, and then adds noise to the weights at the end of training "
            "rather than at each step. The noise is uniform, not Gaussian, and it doesn't depend "
            "on the clipping bound. Epsilon is the amount of noise you add, so a larger epsilon "
            "means stronger privacy; an epsilon of ten is very strong and one is weak. The number "
            "of training steps doesn't affect epsilon, since it's fixed by the noise, so you can "
            "train as long as you like. Clipping tighter also improves accuracy."
        ),
        (
            "Anonymisation is often confused with privacy. Removing names and IDs isn't enough: "
            "the Netflix prize data was re-identified by matching ratings to public IMDb reviews, "
            "and zip code, birth date and sex alone identify most Americans. That's why companies "
            "now also use k-anonymity checks, data retention limits and access controls on raw "
            "logs."
        ),
        (
            "DP-SGD works the way DP-SGD works, and epsilon tells you what epsilon tells you. So "
            "how does DP-SGD work? It works as DP-SGD. And what does the epsilon actually tell "
            "you? It actually tells you the epsilon. That's DP-SGD and epsilon."
        ),
    ),
    Case(
        "en-h37-transe-rotate",
        "en",
        "fundamentals",
        (
            "For knowledge graph completion, how do TransE and RotatE differ, and which kinds of "
            "relations can each one model?"
        ),
        (
            "KG embeddings: score triples (h, r, t), rank true tail above corrupted ones\n"
            "- **TransE**: h + r ≈ t, score = -||h + r - t||, real vectors\n"
            "    ✓ inversion, composition   ✗ **symmetric** (needs r = 0 -> h = t); weak on 1-to-N "
            "/ N-to-1 (all tails pulled to one point)\n"
            "- **RotatE**: complex space, t = h ∘ r with |r_i| = 1 -> each dim = rotation by "
            "theta_i\n"
            "    ✓ symmetry (theta = 0 or pi), antisymmetry, inversion (r^-1 = conjugate), "
            "composition (angles add)\n"
            "    - 1-to-N still hard\n"
            "- RotatE paper also: **self-adversarial negative sampling** (weight negs by current "
            "score)\n"
            "- eval: filtered MRR / Hits@10; FB15k-237, WN18RR (RotatE MRR ~ .338 / .476)"
        ),
        (
            "Both score a triple of head, relation and tail and try to rank the true tail above "
            "corrupted ones. TransE treats the relation as a translation: the head plus the "
            "relation vector should land near the tail, and the score is the negative distance. "
            "That handles inverse relations and composition, but not symmetric ones, because if h "
            "plus r is t and t plus r is h, r has to be zero and h and t collapse together. It "
            "also struggles with one-to-many relations, since all the tails get pulled to one "
            "point. RotatE works in complex space and makes each relation an element-wise "
            "rotation, every coordinate with modulus one. A rotation by zero or pi gives a "
            "symmetric relation, the conjugate gives the inverse, and rotations compose by adding "
            "angles, so it covers symmetry, antisymmetry, inversion and composition. One-to-many "
            "is still hard for it. The paper also introduced self-adversarial negative sampling, "
            "weighting negatives by how well the model currently scores them. People compare them "
            "by filtered MRR and Hits at ten on FB15k-237 and WN18RR."
        ),
        (
            "TransE models a relation as a translation between the head and tail embeddings, and "
            "RotatE uses rotations instead, which lets it handle more relation types."
        ),
        (
            "TransE models each relation as a rotation in complex space, and RotatE is the "
            "translation one, where head plus relation equals tail with real vectors. TransE can "
            "model symmetric relations easily, just set the relation to pi, but it can't do "
            "inversion or composition. RotatE handles one-to-many relations perfectly because "
            "rotations spread tails out, but it can't represent symmetry, since a rotation is "
            "never its own inverse. Negative sampling is uniform in both; the self-adversarial "
            "sampling came from TransE. They're usually compared by accuracy on the raw, "
            "unfiltered ranking."
        ),
        (
            "Building the knowledge graph is usually harder than completing it. You extract "
            "triples from text with relation extraction models, reconcile entities from different "
            "sources, and keep a schema with types and constraints. Wikidata, for example, has "
            "over a hundred million items and relies heavily on volunteer editors and bots to keep "
            "it consistent."
        ),
        (
            "For knowledge graph completion, TransE and RotatE differ in how they differ. TransE "
            "models the relations TransE can model, and RotatE models the relations RotatE can "
            "model. So they differ, and each one models the kinds of relations it models, for "
            "knowledge graph completion."
        ),
    ),
    Case(
        "en-h37-dp-mistake",
        "en",
        "behavioral",
        "Tell me about a mistake you made at work and what you did about it.",
        (
            "STAR - my privacy-accounting mistake (2023)\n"
            "S: federated notification ranker with DP; I owned the accountant code; privacy review "
            "doc said **eps = 2**\n"
            "T: ~3 wks before wider rollout, re-reading my code for a new model -> found I'd "
            "computed eps for ONE round's sampling, not composed over all 1,500 rounds\n"
            "A: told privacy lead + manager the same afternoon, in writing\n"
            "   - paused rollout (was at 5% of devices)\n"
            "   - redid accounting with RDP over all rounds -> real eps ~ 9\n"
            "   - noise multiplier 0.8 -> 1.2; clients/round 400 -> 1,600 to keep utility\n"
            "   - unit test against the published accountant (TF Privacy) + 2nd reviewer on all "
            "privacy code\n"
            "R: eps = 2.8 at delta = 1e-9, ranking quality -0.3 pt; corrected the review doc; "
            "rollout 2 wks late"
        ),
        (
            "In 2023 I owned the privacy accounting for our federated notification ranker, which "
            "was trained with differential privacy, and our privacy review said epsilon was two. "
            "About three weeks before the wider rollout I was reusing my accountant code for "
            "another model and realised I'd only computed epsilon for a single round's sampling; I "
            "never composed it over the fifteen hundred rounds we actually ran. That same "
            "afternoon I wrote to the privacy lead and my manager and explained it. We paused the "
            "rollout, which was at five percent of devices. I redid the accounting with Rényi DP "
            "over every round, and the true figure was around nine. To bring it down, we raised "
            "the noise multiplier from point eight to one point two and quadrupled the clients per "
            "round to sixteen hundred so quality held. I added a unit test that checks our numbers "
            "against the TensorFlow Privacy accountant, and all privacy code now needs a second "
            "reviewer. We ended at epsilon two point eight with about a third of a point of "
            "ranking quality lost, corrected the review document and shipped two weeks late."
        ),
        (
            "I once got a privacy calculation wrong on a project. When I noticed, I told my "
            "manager and we fixed it before it went out more widely."
        ),
        (
            "In 2023 on the federated notification ranker, the privacy lead found that the "
            "accountant code had a bug; it was written by a colleague, and I only reviewed it. The "
            "published epsilon of two was actually too conservative, the real figure was closer to "
            "one, so there was no risk and we didn't pause anything; the rollout went from five "
            "percent to everyone on schedule. We lowered the noise multiplier from one point two "
            "to point eight and cut clients per round from sixteen hundred to four hundred to "
            "speed training up. We didn't add tests, since the accounting library is standard, and "
            "the review document stayed as it was."
        ),
        (
            "I think the best teams treat mistakes as system problems rather than personal ones. "
            "We run blameless post-mortems after every incident, with a timeline, contributing "
            "factors and action items that have owners and dates. The important thing is that "
            "people feel safe raising problems early, so managers have to react calmly the first "
            "few times someone brings bad news."
        ),
        (
            "Sure, a mistake I made at work and what I did about it. I made a mistake at work, and "
            "then I did something about the mistake. That was the mistake, and what I did about it "
            "was what I did. So that's a mistake I made and what I did about it."
        ),
    ),
]
