"""The English half of held-out set 20 (see judgement_holdout20.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h20-intro",
        "en",
        "self_intro",
        "Let's start with a quick introduction: who you are and what you're working on now.",
        "Intro (~90 s; arc: fraud -> retrieval, end on why here)\n"
        "- Amara Osei; BSc Computer Science, Univ. of Ghana 2015 -> MSc Data Science, TU Munich "
        "2017\n"
        "- 2017-2020 Paylo (BNPL payments, Berlin): data scientist, **fraud**; GBDT on transaction "
        "features, later a GNN for fraud rings\n"
        "- 2020-now Stackwise (B2B document search, ~400 enterprise customers): **senior MLE, "
        "embeddings & retrieval**\n"
        "  - own the embedding model + vector index\n"
        "  - highlight: Matryoshka embeddings 1024 -> 256 dims, index cost -70%, recall@10 only "
        "-0.8 pt\n"
        "  - tech lead for 4\n"
        "- why this role: LLM-based ranking / RAG at a larger scale",
        "Sure. I'm Amara Osei. I did my undergrad in computer science at the University of Ghana "
        "and then a master's in data science at TU Munich, which I finished in 2017. I stayed in "
        "Berlin and joined Paylo, a buy-now-pay-later company, as a data scientist on fraud: first "
        "gradient-boosted trees on transaction features, and later a graph model to catch fraud "
        "rings. In 2020 I moved to Stackwise, which does document search for about four hundred "
        "business customers, and I'm now a senior ML engineer there on embeddings and retrieval. I "
        "own the embedding model and the vector index. The thing I'm proudest of is moving us to "
        "Matryoshka embeddings, so we serve a quarter of the dimensions, 256 instead of 1024; that "
        "cut the index bill by about seventy percent and cost us less than one point of recall at "
        "ten. I'm tech lead for four people. I'm looking at this role because I want to work on "
        "LLM-based ranking and RAG at a much bigger scale.",
        "I'm Amara. I started out in fraud detection at a payments company and now I work on "
        "search and embeddings at a B2B startup.",
        "I'm Amara Osei. I did my bachelor's at TU Munich and my master's at the University of "
        "Ghana, finishing in 2020. I started at Stackwise on document search, and in 2022 I moved "
        "to Paylo to work on fraud. At Stackwise my main project was making our embeddings bigger, "
        "going from 256 to 1024 dimensions, which raised recall by about four points but doubled "
        "the index cost. I've always been an individual contributor, never led anyone, and what "
        "I'd like next is computer vision.",
        "Enterprise search is harder than people expect. The biggest issue isn't the model, it's "
        "permissions: every document has its own access list, so you have to filter results per "
        "user at query time without leaking anything. Then there's freshness, because customers "
        "expect a document edited a minute ago to be searchable, and very mixed formats, scanned "
        "PDFs, slide decks and spreadsheets.",
        "Sure, a quick introduction. Who I am is who I am, and what I'm working on now is what I'm "
        "working on now. So that's the introduction, quickly: me, and the work I'm doing now.",
    ),
    Case(
        "en-h20-project-fraudgnn",
        "en",
        "project",
        "You mentioned a graph model for catching fraud rings. How did you build it?",
        "**Fraud-ring detection w/ GNN** (Paylo, BNPL payments)\n"
        "Why: GBDT on per-transaction features misses coordinated rings (new accounts sharing "
        "devices / cards / addresses)\n"
        "Graph: heterogeneous; nodes = accounts, devices, cards, IPs, addresses; edges = used / "
        "shared; ~40M nodes, 150M edges\n"
        "Model: **GraphSAGE**, 2 layers, neighbour sampling (15, 10) -> mini-batch on GPU\n"
        "- node embeddings fed INTO the existing GBDT as extra features (not replacing it)\n"
        "Labels: chargebacks, arrive 30-60 days late -> **time-based split** (train Jan-Jun, test "
        "Aug, 1-month gap)\n"
        "- only edges that existed before the decision time -> no leakage\n"
        "- daily batch job recomputes embeddings; inductive -> new accounts need no retraining\n"
        "Result: PR-AUC 0.41 -> 0.52; 3 rings caught in Q1 (~EUR 1.8M exposure); FPR unchanged at "
        "0.5%",
        "Our gradient-boosted model looked at one transaction at a time, so it missed rings: lots "
        "of fresh accounts quietly sharing the same phones, cards or delivery addresses. So we "
        "built a heterogeneous graph with accounts, devices, cards, IP addresses and addresses as "
        "nodes, linked whenever one used another, about forty million nodes and a hundred and "
        "fifty million edges. On that we trained a two-layer GraphSAGE with neighbour sampling, "
        "fifteen then ten neighbours, in mini-batches on a GPU. We didn't replace the boosted "
        "model; the node embeddings became extra features for it. Labels are chargebacks, which "
        "show up one to two months late, so we split by time, training on January to June and "
        "testing on August with a month's gap, and a node only saw edges that existed before the "
        "decision. Because GraphSAGE is inductive, new accounts just get an embedding from the "
        "nightly job, no retraining. PR-AUC went from 0.41 to 0.52, and in the first quarter it "
        "caught three rings worth about 1.8 million euros, with the false-positive rate still at "
        "half a percent.",
        "We built a graph of accounts and the devices they used and trained a graph neural network "
        "on it, so connected groups of bad accounts stood out. It caught more fraud than before.",
        "We used a GCN trained full-batch on the whole graph, not GraphSAGE, and it replaced the "
        "gradient-boosted model entirely, since the graph already captured everything. The model "
        "is transductive, so every new account meant retraining, which we did weekly. We didn't "
        "need a time-based split: chargebacks come in within a day or two, so a random split of "
        "transactions was fine, and we used the full graph including later edges as features. "
        "PR-AUC went from 0.52 to 0.61.",
        "Most fraud prevention in payments is still rules. You have velocity checks, like how many "
        "cards one device tried in an hour, blocklists of known bad emails and addresses, and 3-D "
        "Secure challenges for risky orders. The trick is tuning them so you don't annoy good "
        "customers, so every rule gets a shadow period where it only logs what it would have "
        "blocked.",
        "Yes, the graph model for catching fraud rings. How we built it is, we built a graph "
        "model, and it caught fraud rings. So building it was building a graph model for fraud "
        "rings, that's how we built it.",
    ),
    Case(
        "en-h20-project-matryoshka",
        "en",
        "project",
        "How did you cut the cost of your vector index without losing much retrieval quality?",
        "Shrinking embeddings (Stackwise doc search)\n"
        "Problem: 1024-d fp32 embeddings x ~2B chunks -> ~8 TB of vectors; index RAM = biggest "
        "infra bill\n"
        "Tried first: PCA -> 256 (recall@10 -4 pt); PQ only (-3 pt, slow re-rank) -> not good "
        "enough\n"
        "**Matryoshka Representation Learning (MRL)**: fine-tune so the FIRST k dims work as an "
        "embedding on their own\n"
        "- loss = sum of contrastive losses at dims {64, 128, 256, 512, 1024}, equal weights\n"
        "- serve first 256 dims, **int8** scalar quantisation -> 16x smaller than 1024 fp32\n"
        "- 2-stage: ANN on 256-d int8 -> top-200 -> re-score with full 1024-d (kept on SSD)\n"
        "Eval: 3k labelled queries from 5 customers; recall@10 + nDCG@10\n"
        "Result: index RAM cost -70% (graph links don't shrink), recall@10 -0.8 pt, p95 latency "
        "120 -> 85 ms",
        "We had about two billion chunks with 1024-dimensional float embeddings, roughly eight "
        "terabytes, and keeping the index in memory was our biggest infrastructure cost. We first "
        "tried PCA down to 256 dimensions and product quantisation alone, but they lost three to "
        "four points of recall. What worked was Matryoshka training: we fine-tuned the embedding "
        "model with a contrastive loss applied at several prefix lengths, 64, 128, 256, 512 and "
        "the full 1024, weighted equally, so the leading dimensions are a good embedding by "
        "themselves. We serve only the first quarter, 256 dimensions, stored as eight-bit "
        "integers, which is sixteen times smaller per vector. Search runs on those, then the top "
        "two hundred are re-scored with the full vectors from SSD. On three thousand labelled "
        "queries from five customers, recall at ten dropped by under a point, memory cost fell "
        "about seventy percent, and p95 latency went from 120 to 85 milliseconds.",
        "We made the embeddings smaller, keeping fewer dimensions and storing them with lower "
        "precision, and the recall hardly changed while the index got a lot cheaper.",
        "We used Matryoshka embeddings, which put the most important information in the last "
        "dimensions, so we kept the last 256 and dropped the first 768. We trained only at the "
        "full 1024 dimensions and truncated afterwards; there's no need for a loss at each size. "
        "Search runs on the full 1024-d vectors first and then the top two hundred are re-scored "
        "with the 256-d int8 ones. Recall at ten dropped by about four points, and p95 latency "
        "went up from 85 to 120 milliseconds, but the cost went down.",
        "A lot of retrieval quality comes from chunking. We split documents along their headings "
        "instead of fixed windows, aim for around three hundred tokens with some overlap, and "
        "prepend the document title and section path to each chunk before embedding it. Tables get "
        "their own chunks with the header row repeated, which helped a lot on spreadsheet-heavy "
        "customers.",
        "Cutting the cost of the vector index without losing much retrieval quality, yes. We cut "
        "the cost, and we didn't lose much quality. So the cost of the index went down, and the "
        "retrieval quality mostly stayed, that's how we did it.",
    ),
    Case(
        "en-h20-weighttying",
        "en",
        "fundamentals",
        "What is weight tying between the input embedding and the output layer, and why use it?",
        "Weight tying (Press & Wolf 2017; Inan et al. 2017)\n"
        "- output projection W_out (d x V) = transpose of input embedding E (V x d) -> **one "
        "shared matrix**\n"
        "- logits = h · E^T\n"
        "- params saved = V·d: V=50k, d=768 -> ~38M (~30% of GPT-2 small's 124M)\n"
        "- why it works: both map between token ids and the same semantic space; the output side "
        "gets a gradient for every vocab entry at every step -> rare tokens' embeddings improve "
        "too; acts as a regulariser -> lower perplexity on small / medium LMs\n"
        "- used in: GPT-2, T5 (logits scaled by d^-0.5), BERT MLM head\n"
        "- NOT always: large LLMs (LLaMA 7B+) untie: saving is a tiny share, in / out roles "
        "conflict; matters most for small models with big vocabularies (150k+)",
        "Weight tying means the language model uses one matrix for both ends: the embedding table "
        "that turns token ids into vectors, and, transposed, the final projection that turns "
        "hidden states into logits over the vocabulary. The obvious win is parameters: you save "
        "vocab size times hidden size, which for a fifty-thousand vocabulary and 768 dimensions is "
        "around thirty-eight million, nearly a third of GPT-2 small. It also tends to help quality "
        "on small and mid-sized models, because both sides are mapping tokens into the same space, "
        "and the output side gets a gradient for every word at every step, so even rare words' "
        "input vectors get trained; it works like a regulariser and lowers perplexity. GPT-2, T5 "
        "and BERT's masked-LM head do it. Big models like LLaMA usually don't, since the saving is "
        "tiny at that size and the input and output roles pull in different directions.",
        "It's when the embedding matrix and the output softmax layer share the same weights. It "
        "saves some parameters.",
        "Weight tying means the output layer's weights are copied into the embedding table once at "
        "initialisation and then both are trained separately, so it doesn't actually save any "
        "parameters, it's just a smarter init. The output layer is what feeds the embedding, not "
        "the other way round. It mainly helps very large models, which is why LLaMA ties them "
        "while GPT-2 and T5 keep them separate, and it tends to hurt rare tokens because they get "
        "fewer gradients.",
        "Vocabulary size is a real trade-off. A bigger vocabulary means shorter sequences, so less "
        "compute per sentence and more text fits in the context, especially for languages like "
        "Chinese or code. But the embedding and softmax get bigger, and rare tokens are "
        "undertrained. Most recent models sit somewhere between 32k and 150k tokens, trained with "
        "byte-level BPE.",
        "Weight tying between the input embedding and the output layer is when you tie the weights "
        "between the input embedding and the output layer. And you'd use it because tying those "
        "weights is what weight tying does, so that's why you'd use it.",
    ),
    Case(
        "en-h20-focalloss",
        "en",
        "fundamentals",
        "What is focal loss, and when would you use it instead of plain cross-entropy?",
        "Focal loss (Lin et al. 2017, RetinaNet)\n"
        "FL(p_t) = −α_t · (1 − p_t)^γ · log(p_t)\n"
        "- p_t = predicted prob of the true class; **(1 − p_t)^γ = modulating factor**\n"
        "- easy (p_t = 0.9, γ = 2) -> factor 0.01 -> ~100x down-weighted; hard (p_t = 0.1) -> "
        "0.81, almost full CE\n"
        "- γ = 0 -> plain (α-weighted) CE; paper: γ = 2, α = 0.25\n"
        "- why: one-stage detectors, ~100k anchors / image, nearly all easy background -> easy "
        "negatives swamp loss & gradient\n"
        "- vs class weights / resampling: reweights by **difficulty**, not only by class\n"
        "- caveats: probabilities less calibrated (under-confident) -> recalibrate if you need "
        "probs; noisy labels look 'hard' -> focal amplifies them",
        "Focal loss is cross-entropy multiplied by a factor that shrinks for examples the model "
        "already gets right: one minus the probability of the true class, raised to a power gamma, "
        "plus an optional class weight alpha. With gamma at two, an example predicted at ninety "
        "percent keeps only a hundredth of its loss, while a hard one at ten percent keeps about "
        "four fifths. Set gamma to zero and you're back to ordinary cross-entropy; the RetinaNet "
        "paper used two and an alpha of a quarter. It came from one-stage object detection, where "
        "an image has something like a hundred thousand anchors and almost all of them are easy "
        "background, so without it those easy negatives dominate the loss. Unlike class weights or "
        "resampling, it weights by how hard an example is, not just by its class. Two things to "
        "watch: the scores come out under-confident, so recalibrate if you need real "
        "probabilities, and mislabelled examples look hard, so it can amplify label noise.",
        "Focal loss is a modified cross-entropy for imbalanced data; it focuses training on the "
        "hard examples. People use it in object detection.",
        "Focal loss multiplies cross-entropy by p_t to the power gamma, so it up-weights the easy, "
        "confident examples and down-weights the hard ones, which stops the model from chasing "
        "outliers. The usual setting is gamma of 0.25 and alpha of 2. With gamma at zero it turns "
        "into hinge loss. A nice side effect is that the probabilities come out better calibrated "
        "than with cross-entropy, and it's especially good when labels are noisy, because noisy "
        "examples get ignored.",
        "For imbalanced data I usually start with resampling. You can oversample the minority "
        "class, or generate synthetic points with SMOTE, which interpolates between a minority "
        "example and its nearest neighbours, or undersample the majority. Then I pick the decision "
        "threshold on a validation set and report precision-recall rather than accuracy, since "
        "accuracy hides everything.",
        "Focal loss is focal loss, and you'd use it instead of plain cross-entropy when you want "
        "focal loss rather than plain cross-entropy. So it's a loss, it's focal, and that's when "
        "you'd use it.",
    ),
    Case(
        "en-h20-beh-priorities",
        "en",
        "behavioral",
        "Tell me about a time two teams needed you for urgent work at the same moment. How did you "
        "decide?",
        "Competing urgent asks (STAR)\n"
        "S: same week: Sales needed a relevance fix for a renewal (~$600k ARR, demo Friday); "
        "Platform needed me for the index migration (old cluster end-of-support in 3 wks)\n"
        "T: only person who knew both systems; my manager on leave\n"
        "A:\n"
        "1. wrote both down: deadline, cost of slipping, who else could do it\n"
        "2. migration: hard date but ~3 wks slack -> pair a platform engineer for 2 days, then she "
        "drives\n"
        "3. renewal fix: 4 days, nobody else can -> I take it\n"
        "4. sent the trade-off to both leads + my skip-level in one message -> agreed, no "
        "escalation\n"
        "R: demo worked, renewal signed; migration done 4 days before EOS; platform eng now 2nd "
        "owner of the index (bus factor 1 -> 2)\n"
        "lesson: make the trade-off visible; decide on cost of delay, not on who shouts loudest",
        "In one week sales needed a relevance fix for a customer whose renewal, about six hundred "
        "thousand a year, hinged on a demo that Friday, and the platform team needed me for our "
        "index migration because the old cluster lost support in three weeks. I was the only one "
        "who knew both systems and my manager was on leave. I wrote both down with the deadline, "
        "what slipping would cost, and who else could do it. The migration had a hard date but "
        "three weeks of room, so I paired with a platform engineer for two days and then she drove "
        "it. The fix needed four days and nobody else could do it, so I took it. I sent that plan "
        "to both leads and my skip-level in one message and they agreed, no escalation. The demo "
        "went well and they renewed, the migration finished four days early, and we now have two "
        "people who know the index instead of one.",
        "That happened once with a customer request and an infrastructure migration. I worked out "
        "which one was more time-critical, did that one first, and got help on the other.",
        "Sales needed a relevance fix for a big renewal and platform needed me for the index "
        "migration. I didn't want to pick, so I asked the sales lead to decide, and he gave the "
        "migration to me and the relevance fix to the platform engineer. I spent the week on the "
        "migration myself while she worked on the fix, and I didn't tell my skip-level. The fix "
        "wasn't ready for Friday's demo, the customer didn't renew, and the migration still ended "
        "up a week late.",
        "In general I manage my time with a simple urgent-important grid, and I block my mornings "
        "for deep work, with no meetings before eleven. I keep one list across all my projects and "
        "review it every Monday, and I try to say no early instead of agreeing to everything and "
        "delivering late.",
        "A time two teams needed me for urgent work at the same moment, yes. Both teams needed me, "
        "it was urgent, and it was at the same moment, so I had to decide. And how I decided was "
        "by deciding between the two teams.",
    ),
]
