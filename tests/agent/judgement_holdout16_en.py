"""The English half of held-out set 16 (see judgement_holdout16.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h16-intro",
        "en",
        "self_intro",
        "Let's begin with you: who are you, and what have you been working on?",
        "Intro (~90 s, past -> now -> next)\n"
        "- Tomás Herrera; BSc CS, Universidad de Chile 2014 -> MSc Data Science, TU Munich 2017\n"
        "- 2017-2020 Lyricly (music streaming): search engineer, **query understanding** (spell "
        "correction, typeahead)\n"
        "- 2020-now Quarry (legal-tech, ~2M contracts / 40M chunks): **senior MLE, retrieval**\n"
        "  - trained our dense retriever (hard-negative mining) -> recall@20 0.61 -> 0.78\n"
        "  - moved vector search from GPU brute force to HNSW on CPU: p95 180 -> 45 ms, ~60% "
        "cheaper\n"
        "  - lead 3 people (2 MLE + 1 data eng)\n"
        "- next: retrieval for agents, proper offline eval; want a bigger research-y team",
        "Sure. I'm Tomás Herrera. I studied computer science at the Universidad de Chile and then "
        "moved to Munich for a master's in data science at TU Munich, which I finished in 2017. "
        "My first job was at Lyricly, a music streaming company, as a search engineer on query "
        "understanding, so things like spelling correction and typeahead. In 2020 I joined "
        "Quarry, a legal-tech company that indexes around two million contracts, as a senior ML "
        "engineer on retrieval. Two things I'm proudest of there: I trained our dense retriever, "
        "where most of the gain came from how we mined hard negatives, and recall at twenty went "
        "from about 0.6 to nearly 0.8; and I moved our vector search off brute force on GPUs onto "
        "an HNSW index on plain CPUs, which cut p95 latency from 180 to 45 milliseconds and the "
        "bill by more than half. I lead a small team of three now. Next I'd like to work on "
        "retrieval for agents, with serious offline evaluation, ideally in a more research-minded "
        "team.",
        "Hi, I'm Tomás. I've worked in search for most of my career, first at a music company and "
        "now in legal tech, mostly retrieval and some infrastructure.",
        "I'm Tomás. I did a PhD in NLP at Edinburgh and then joined Quarry straight away in 2019 "
        "as a research scientist, mostly on contract summarisation with LLMs. I've never really "
        "done search; the retriever and the HNSW work were done by the infra team, I just used "
        "them. I work on my own, no reports. Before the PhD I was a data analyst at a bank. Next "
        "I'd like to move into product management.",
        "Legal search is an interesting space because lawyers care about recall much more than "
        "most users do. Missing a single indemnity clause can be a real problem, so a lot of "
        "legal tools still lean on boolean queries and exact phrase matching, and the trend now "
        "is hybrid search, with BM25 and embeddings combined and a reranker on top, plus "
        "citations so the lawyer can check every claim.",
        "Sure, so, who am I and what have I been working on. Well, I'm me, and I've been working "
        "on the things I've been working on. That's basically who I am and what I've been working "
        "on, in a nutshell, who I am and what I work on.",
    ),
    Case(
        "en-h16-hnsw",
        "en",
        "project",
        "You moved your vector search to HNSW. How did you tune it, and what did you trade off?",
        "HNSW migration (Quarry, 2023)\n"
        "before: brute force on GPU (FAISS flat), 40M chunks x 768d -> p95 180 ms, GPU bill\n"
        "**HNSW** = layered proximity graph; greedy search from the sparse top layer down\n"
        "knobs:\n"
        "1. M (links per node) 16 -> 32 => recall up, graph memory ~2x, build slower\n"
        "2. efConstruction = 200 (build-time candidate list), set once\n"
        "3. **efSearch** (query-time candidate list): swept 32..512, picked 128 (knee of the "
        "curve)\n"
        "- recall@20 measured vs the flat index as ground truth, 5k held-out queries\n"
        "- tenant filter (client_id): post-filtering killed recall for small clients -> separate "
        "partitions for the top 50 tenants, flat scan for the tiny ones\n"
        "result: recall@20 vs exact 0.97; p95 180 -> 45 ms; CPU only, ~60% cheaper",
        "Before, we did brute-force search on GPUs with a flat FAISS index over about forty "
        "million 768-dimensional chunks, which was accurate but slow at the tail, around 180 ms "
        "at p95, and expensive. HNSW builds a graph in layers: the top layers are sparse and let "
        "you jump across the space, and you greedily walk down to the dense bottom layer. There "
        "are really three knobs. M is how many neighbours each node links to; going from sixteen "
        "to thirty-two raised recall but roughly doubled the graph's memory and made builds "
        "slower. efConstruction is the candidate list size while building, we set it to two "
        "hundred and left it. The one you live with is efSearch, the candidate list at query "
        "time: I swept it from 32 up to 512 and took 128, where the recall curve flattened. To "
        "measure recall I used the exact flat index as ground truth on five thousand held-out "
        "queries. The nasty part was filtering by client: filtering after the search left small "
        "clients with almost nothing, so the fifty largest tenants got their own partitions and "
        "tiny ones just get a flat scan. In the end we kept 97% of exact recall at twenty, p95 "
        "went down to 45 ms, all on CPUs, and it costs about 60% less.",
        "We replaced the brute-force search with HNSW and played with the parameters until recall "
        "was close enough and it was a lot faster. Memory went up a bit.",
        "HNSW is basically a clustering index: it splits the vectors into cells and only searches "
        "the closest few. We tuned efSearch at build time, it's the number of links per node, and "
        "M at query time, which is how many candidates you keep. Lowering efSearch actually "
        "raised recall, because the graph gets less noisy. For the client filter we pre-filtered "
        "and it worked fine for everyone, so no partitioning was needed. We measured recall "
        "against our human relevance labels, and latency went from 45 to 180 ms, which was fine "
        "for us.",
        "Another option we looked at was product quantization. You split each vector into "
        "sub-vectors and replace each with the id of its nearest centroid, so a 768-dimensional "
        "float vector shrinks to something like 96 bytes. It's great for memory, and with IVF on "
        "top you get fast search, but the distances are approximate, so you usually rerank the "
        "top few hundred with full vectors.",
        "How did I tune HNSW and what did I trade off? Good question. I tuned it by tuning it, "
        "and the trade-offs were the trade-offs you make when tuning HNSW. So there was tuning, "
        "and there were trade-offs, and that's how we tuned it.",
    ),
    Case(
        "en-h16-negatives",
        "en",
        "project",
        "How did you train your dense retriever, and how did you pick the negatives?",
        "Dense retriever (bi-encoder, legal clauses)\n"
        "- init e5-base; contrastive **InfoNCE**, temperature tau = 0.02\n"
        "- v1: in-batch negatives only (batch 512) -> too easy, learns *topic* not *clause*\n"
        "- v2: **hard negatives** mined with BM25 + v1 model, take ranks 5-50 (skip top 5)\n"
        "  -> why skip: near the top many 'negatives' are actually relevant = false negatives\n"
        "- cross-encoder as filter: drop a mined negative if CE score > 0.8\n"
        "- 7 hard negs / query + in-batch\n"
        "- re-mine once after epoch 2 with the new model (ANCE-style async refresh too costly)\n"
        "result: recall@20 0.61 -> 0.78, nDCG@10 +0.09\n"
        "(!) mining WITHOUT the CE filter was worse than v1",
        "We started from e5-base and trained a bi-encoder with a contrastive loss, InfoNCE, with "
        "a low temperature, 0.02. The first version only used the other passages in the batch as "
        "negatives, with a batch of 512, and those are far too easy: the model learned to tell a "
        "lease from an NDA, not one clause from the clause next to it. So for the second version "
        "we mined hard negatives, using both BM25 and the first model, but we skipped the top "
        "five results and sampled from roughly rank five to fifty, because right at the top a lot "
        "of the so-called negatives are actually relevant, just unlabelled. On top of that a "
        "cross-encoder checked each mined negative and we threw it away if it scored above 0.8. "
        "Each query got seven hard negatives plus the in-batch ones, and after the second epoch "
        "we re-mined once with the new model instead of refreshing the index continuously, which "
        "was too expensive. Recall at twenty went from 0.61 to 0.78 and nDCG at ten up by about "
        "nine points. Funny detail: hard negatives without that filter did worse than no hard "
        "negatives at all.",
        "We used a contrastive loss, and the main thing was adding harder negatives, passages "
        "that look similar but aren't the answer. That helped recall quite a bit.",
        "We trained it with a triplet margin loss and random negatives from the corpus, since "
        "random ones give the most diverse signal. We did try hard negatives: we took the very "
        "top BM25 results, ranks one to five, because the closer to the top, the better the "
        "negative. False negatives aren't really an issue in legal text since every clause is "
        "unique, so we didn't filter anything. The cross-encoder was a teacher for distillation, "
        "and recall at twenty ended up at 0.61, up from 0.78.",
        "For the reranking stage we used a cross-encoder on the top fifty: it reads query and "
        "passage together, so it's much more accurate but you can't precompute anything, which is "
        "why it only sees a short list. We distilled a smaller one from a large model to keep "
        "latency under thirty milliseconds.",
        "How did I train the dense retriever and pick the negatives? So, the retriever was "
        "trained, and the negatives were picked. Training the retriever was about training it, "
        "and picking negatives was about picking the negatives, which is how we did it.",
    ),
    Case(
        "en-h16-dpo",
        "en",
        "fundamentals",
        "How does DPO differ from PPO-based RLHF?",
        "PPO-RLHF vs DPO\n"
        "**PPO (RLHF)**: 1) SFT  2) reward model on preference pairs  3) RL with PPO, maximise r "
        "- beta * KL(pi || pi_ref)\n"
        "- 4 models in memory: policy, ref, reward, value (critic); on-policy sampling; finicky, "
        "many hyperparams\n"
        "**DPO** (Rafailov et al. 2023): no explicit RM, no sampling during training\n"
        "- closed form of the KL-constrained optimum -> implicit reward r = beta * log "
        "pi(y|x)/pi_ref(y|x)\n"
        "- loss = -log sigmoid(beta * [log pi(y_w)/pi_ref(y_w) - log pi(y_l)/pi_ref(y_l)])\n"
        "- classification-style loss on offline pairs; 2 models (policy + frozen ref)\n"
        "caveats: offline -> no exploration; can push down likelihood of BOTH chosen and "
        "rejected; beta ~ 0.1\n"
        "PPO still wins with a good RM + online data (e.g. code with unit tests)",
        "Classic RLHF with PPO is three steps: supervised fine-tuning, then a reward model "
        "trained on pairs of preferred and rejected answers, then reinforcement learning where "
        "the policy samples answers, gets scored, and is pushed to maximise reward minus a KL "
        "penalty for drifting from the reference model. That means four models around at once, "
        "the policy, the reference, the reward model and a value model, plus sampling in the "
        "loop, and it's touchy to tune. DPO's insight is that this KL-constrained problem has a "
        "closed-form optimum, so the reward can be written in terms of the policy itself, beta "
        "times the log ratio of the policy to the reference. Plug that into the preference model "
        "and you get a simple loss: minus log sigmoid of beta times the difference of log ratios "
        "for the chosen and the rejected answer. So no reward model, no sampling, just a "
        "supervised-style loss on a fixed dataset with the policy and a frozen reference. The "
        "downsides are that it's offline, it can't explore, and it sometimes lowers the "
        "probability of the chosen answer too, as long as the rejected one drops faster. If you "
        "have a reliable reward, like unit tests for code, and can sample online, PPO-style "
        "training still tends to do better.",
        "DPO is simpler: you train directly on the preference pairs instead of doing "
        "reinforcement learning, so it's cheaper and more stable.",
        "The main difference is that DPO trains an explicit reward model first and then samples "
        "from the policy online, while PPO works offline on a fixed set of preference pairs with "
        "no reward model. DPO also needs the value network, PPO doesn't. DPO's loss maximises the "
        "log ratio of the rejected answer over the chosen one, and because it's on-policy it "
        "explores better, which is why DPO beats PPO on code with unit tests.",
        "Preference data quality matters more than the algorithm in my experience. We had "
        "annotators compare two answers with a rubric, measured agreement between them, and "
        "dropped pairs where they disagreed. Length was a big bias, raters preferred longer "
        "answers, so we balanced lengths within pairs.",
        "How does DPO differ from PPO-based RLHF? They're different. DPO is DPO and PPO-based "
        "RLHF is PPO-based RLHF, so the difference is the difference between the two, DPO on one "
        "side, PPO on the other.",
    ),
    Case(
        "en-h16-checkpointing",
        "en",
        "fundamentals",
        "What is gradient checkpointing, and what does it cost you?",
        "Activation (gradient) checkpointing\n"
        "- backward needs forward activations -> keep all = memory ~ layers x batch x seq x "
        "hidden\n"
        "- idea: store only some activations (checkpoints, e.g. each block's input), free the "
        "rest\n"
        "- backward: **recompute** a segment's forward from its checkpoint, then backprop through "
        "it\n"
        "- cost: ~1 extra forward => ~+33% compute (fwd : bwd ~ 1 : 2); weights/optim untouched\n"
        "- sqrt(n) checkpoints -> O(sqrt n) activation memory (Chen et al. 2016)\n"
        "- selective recompute (Megatron): recompute only attention softmax/dropout -> cheap, big "
        "saving\n"
        "when: activations are the limit (long seq, big micro-batch)\n"
        "torch.utils.checkpoint / HF model.gradient_checkpointing_enable()",
        "During backprop you need the activations from the forward pass, and if you keep all of "
        "them, memory grows with the number of layers times batch, sequence length and hidden "
        "size, which is usually what blows up with long sequences. Gradient checkpointing keeps "
        "only a few of them, say the input to each transformer block, and throws the rest away. "
        "When the backward pass reaches a block, it reruns that block's forward from the saved "
        "input to get the activations back, then backpropagates through it. What you pay is "
        "compute: roughly one extra forward pass, and since backward costs about twice a forward, "
        "that's around a third more time per step. It doesn't touch the memory for weights or "
        "optimizer state. If you put checkpoints every square root of n layers you get activation "
        "memory down to about square root of n. Megatron has a selective version that only "
        "recomputes the attention softmax and dropout, which are big but cheap to redo. You reach "
        "for it when activations, not parameters, are what doesn't fit, and in PyTorch it's "
        "torch.utils.checkpoint or one call in Hugging Face.",
        "It's a way to save GPU memory during training by not storing everything, at the price of "
        "making training somewhat slower.",
        "Gradient checkpointing means you keep all the activations but drop the gradients, and "
        "recompute the gradients later from the saved weights. It costs no extra compute, because "
        "the gradients would be computed anyway, and it reduces optimizer state memory about "
        "three times, so it's what lets Adam fit. Activation memory goes from linear to "
        "logarithmic in the number of layers. It's the same thing as saving checkpoints to disk "
        "every few hundred steps.",
        "Another way to save memory is ZeRO: instead of every data-parallel rank holding a full "
        "copy of the optimizer state, gradients and parameters, you shard them across ranks. "
        "Stage one shards the optimizer state, stage two adds gradients, stage three the "
        "parameters, at the cost of more communication.",
        "What is gradient checkpointing and what does it cost? Gradient checkpointing is "
        "checkpointing of gradients, and it costs what it costs. The cost is the cost of gradient "
        "checkpointing, which is something you pay when you use gradient checkpointing.",
    ),
    Case(
        "en-h16-pm",
        "en",
        "behavioral",
        "Tell me about a time you disagreed with a product manager. How did it play out?",
        "Conflict w/ PM: clause-search 'answer box' (STAR)\n"
        "S: PM (Leah) wanted an LLM answer box on top of search, **all customers in 3 weeks**; "
        "sales had promised it\n"
        "T: I owned retrieval; our eval: answer grounded in the cited clause only ~82% -> ~1 in 5 "
        "unsupported -> legal risk\n"
        "A: 1. 1:1 with Leah first; asked what sales actually promised -> 'summaries', not legal "
        "answers\n"
        "   2. showed her 20 real failures side by side, not just the metric\n"
        "   3. proposed: 5 design-partner customers first; quote + link to the clause; answer "
        "only when reranker score high\n"
        "   4. agreed a bar together: grounded >= 95% before GA\n"
        "R: beta shipped on the 3-week date; GA 7 weeks later at 96% grounded; Leah now pulls me "
        "in at spec stage\n"
        "learned: argue with examples + an offer, not a veto",
        "Our PM, Leah, wanted to put an LLM-generated answer box above our clause search and roll "
        "it out to every customer in three weeks, because sales had already promised it. I owned "
        "retrieval, and our own eval said only about 82% of answers were actually supported by "
        "the clause they cited, so roughly one in five wasn't, which for lawyers is a real "
        "liability. Instead of raising it in the big meeting I went to her one to one, and first "
        "asked what exactly sales had promised; it turned out to be summaries, not legal answers. "
        "Then rather than quoting a percentage I put twenty real bad answers in front of her next "
        "to the clauses. And I came with an offer: launch on the same date but only to five "
        "design-partner customers, show the quoted clause with a link, and only give an answer "
        "when the reranker is confident. We agreed together that general availability needed 95% "
        "grounded. The beta went out on the three-week date, GA followed seven weeks later at "
        "96%, and now she pulls me in when specs are written. What I took from it is to argue "
        "with examples and a counter-proposal rather than just saying no.",
        "I once disagreed with a PM about launching a feature too early. We talked it through, "
        "found a compromise, and it worked out fine in the end.",
        "Leah, our PM, was the cautious one: she worried about hallucinations and wanted to delay "
        "the answer box by a quarter. I pushed to ship it to all customers in three weeks, since "
        "sales had promised it and our grounded rate was already around 95%. I escalated to our "
        "VP, who sided with me, and we launched to everyone on time. A couple of customers "
        "complained about wrong answers, so we rolled it back a month later. In the end the "
        "project was shelved.",
        "Working with PMs in an ML team is tricky because they think in features and dates and we "
        "think in metrics and uncertainty. What's worked for me is agreeing on an offline "
        "evaluation set early, writing down what good enough means before anyone builds anything, "
        "and giving estimates as ranges rather than single dates.",
        "A time I disagreed with a product manager, and how it played out. Yes, there was a time "
        "when I disagreed with a product manager, and it played out the way it played out. We "
        "disagreed, and then it played out, so that's the time I disagreed with a PM.",
    ),
]
