"""The English half of held-out set 39 (see judgement_holdout39.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h39-intro",
        "en",
        "self_intro",
        "Let's start with you: tell me about your background and what you're working on now.",
        (
            "Intro (~90 s; long documents -> long context)\n"
            "- Leila Haddad; BSc Maths, U of Toronto 2015 -> PhD CS, U of Washington 2020 (thesis: "
            "efficient attention for long documents)\n"
            "- 2020-2022 Brightline (legal tech): research scientist, QA over 200-page contracts, "
            "Longformer -> retrieval + reader\n"
            "- 2022-now Corvid AI (foundation models, ~80 ppl): **pretraining team, owner of the "
            "long-context stage**\n"
            "  - 30B base model 8k -> 128k; RULER @128k 61 -> 84\n"
            "  - lead 4 (3 research eng + 1 data)\n"
            "- why here: bigger runs, architecture work (attention variants), not just one stage"
        ),
        (
            "Sure. I'm Leila Haddad. I did a maths degree at the University of Toronto, then a PhD "
            "in computer science at the University of Washington, which I finished in 2020; my "
            "thesis was on making attention efficient for long documents. My first job was at "
            "Brightline, a legal tech company, where as a research scientist I built question "
            "answering over contracts that run to a couple of hundred pages. We started with "
            "Longformer and ended up with a retrieve-then-read setup. Since 2022 I've been at "
            "Corvid AI, a foundation-model startup of about eighty people, on the pretraining "
            "team, and I own the long-context stage: we took our thirty-billion-parameter base "
            "model from eight thousand tokens of context to a hundred and twenty-eight thousand, "
            "and its RULER score at that length went from sixty-one to eighty-four. I lead four "
            "people there. I'm looking for bigger runs and more architecture work, attention "
            "variants in particular, rather than owning a single stage."
        ),
        (
            "I'm Leila. I have a PhD, and these days I work on pretraining at a foundation-model "
            "startup, mostly on long context."
        ),
        (
            "I'm Leila Haddad. I studied computer science at the University of Washington and then "
            "did a master's in statistics at Toronto, finishing in 2020. I went straight to Corvid "
            "AI, where I work on the evaluation team; the long-context training there is owned by "
            "another group, I just run benchmarks on it. Our RULER score at 128k actually went "
            "from eighty-four down to sixty-one after their stage. Before that I was at Brightline "
            "doing sales analytics. I don't manage anyone, and what I'm after next is a product "
            "manager role."
        ),
        (
            "Legal documents are a fascinating test bed because they're long and full of cross "
            "references: a definition on page three changes the meaning of a clause on page "
            "ninety. Lawyers also care a lot about citations, so any answer has to point to the "
            "exact paragraph. And the market is conservative, firms often want everything "
            "on-premise, which limits which models you can use."
        ),
        (
            "Sure, so let's start with me. My background is my background, and what I'm working on "
            "now is what I'm working on now. That's me, basically: that's my background, and "
            "that's what I'm working on at the moment."
        ),
    ),
    Case(
        "en-h39-context-parallel",
        "en",
        "project",
        (
            "You trained your base model at 128k context. How did you make sequences that long fit "
            "and run efficiently?"
        ),
        (
            "## 128k stage - systems side (30B, 512 H100)\n"
            "problem: FlashAttention makes attn memory O(n), but activations still grow linearly "
            "with seq len -> one 128k sample doesn't fit on a GPU even with full recompute\n"
            "**context parallel, CP=8**: split each sequence along the sequence dim over 8 GPUs\n"
            "- ring attention: each rank keeps its Q chunk, K/V chunks passed round the ring, "
            "send/recv overlapped with compute\n"
            "- causal mask -> naive contiguous split = last rank does ~8x the attn work of rank 0 "
            "-> **zigzag**: cut into 16 chunks, rank i gets chunks i and 15-i -> balanced\n"
            "**document masking**: packed docs attend only within their own doc (FlashAttention "
            "varlen, cu_seqlens) -> no cross-doc leakage, less compute on short docs\n"
            "- data: still ~70% short docs, upsample long ones (books, code repos)\n"
            "- layout: TP 8 in node x CP 8 x DP 8\n"
            "result: MFU 38% at 128k (vs 46% at 8k); RULER@128k 84"
        ),
        (
            "The problem is that even with FlashAttention, which keeps attention memory linear, "
            "the activations still grow with sequence length, so a single 128k sample doesn't fit "
            "on one GPU, not even with full recomputation. So we used context parallelism with a "
            "degree of eight: each sequence is cut along the sequence dimension across eight GPUs. "
            "Attention is done ring-style, every rank holds its own slice of queries and the key "
            "and value blocks get passed around the ring, with the communication overlapped with "
            "compute. Because of the causal mask, a plain contiguous split leaves the last rank "
            "with about eight times the work of the first, so we used a zigzag split: sixteen "
            "pieces, and rank i takes piece i and piece fifteen minus i, which evens it out. We "
            "also packed documents with masking so tokens only see their own document, using the "
            "variable-length FlashAttention kernel. Layout was tensor parallel eight inside a "
            "node, context parallel eight, data parallel eight. We ended up at thirty-eight "
            "percent MFU at 128k against forty-six at 8k."
        ),
        (
            "We had to split the sequence across several GPUs, some kind of ring attention, and it "
            "was slower than short-context training but it worked."
        ),
        (
            "The trick was to split across attention heads, not along the sequence: each of the "
            "eight GPUs took a subset of heads for the whole 128k sequence, and that's what we "
            "called context parallelism. Load balance was never an issue with the causal mask, so "
            "a contiguous split was fine and we didn't need anything like a zigzag. We also left "
            "cross-document attention on in packed sequences, because letting documents attend to "
            "each other teaches long-range dependencies. MFU actually went up at 128k, to about "
            "fifty-five percent versus thirty-eight at 8k."
        ),
        (
            "Serving long context is its own headache. At inference the KV cache for a 128k "
            "request can be tens of gigabytes, so we looked at offloading it to CPU memory and at "
            "prefix caching for shared system prompts. Pricing is also tricky: a long prompt costs "
            "a lot to prefill, so most providers charge input tokens separately, and users are "
            "often surprised by the bill."
        ),
        (
            "Right, we trained at 128k, and making sequences that long fit and run efficiently was "
            "the question. We made them fit, and we made them run efficiently. So the long "
            "sequences fit and they ran efficiently, at 128k."
        ),
    ),
    Case(
        "en-h39-3d-parallel",
        "en",
        "project",
        "For your 34B pretraining run, how did you decide on the parallelism layout?",
        (
            "34B pretrain - 512 H800 (64 nodes x 8), 2.4T tokens, seq 4k\n"
            "Layout: **TP=8 / PP=4 / DP=16** (+ ZeRO-1)\n"
            "1. TP only inside a node: all-reduces every layer -> needs NVLink; across IB it kills "
            "throughput\n"
            "2. PP across nodes: only activations at stage boundaries -> fine on IB; interleaved "
            "1F1B, 2 virtual stages -> bubble ~ (p-1)/(m*v) = 3/(32*2) ~ 5%\n"
            "3. DP=16 w/ **ZeRO-1** (optimizer states sharded only); tried ZeRO-3 -> per-layer "
            "all-gathers over IB, -18% throughput\n"
            "- sequence parallel on with TP (norm/dropout activations sharded too)\n"
            "- selective recompute (attention only) instead of full -> +9%\n"
            "- global batch 4M tokens (1024 x 4k), micro-batch 2\n"
            "result: first try TP=16 over 2 nodes, PP=2 -> MFU 31%; final 47%, ~1.15M tok/s, run "
            "took ~24 days"
        ),
        (
            "We had five hundred and twelve H800s, sixty-four nodes of eight, for two point four "
            "trillion tokens. Where we ended up was tensor parallel eight, pipeline four, data "
            "parallel sixteen with ZeRO stage one. The reasoning: tensor parallelism does an "
            "all-reduce in every layer, so it has to stay inside a node on NVLink; over InfiniBand "
            "it's far too slow. Pipeline stages only pass activations at the boundaries, so that's "
            "what goes across nodes, and with the interleaved one-forward-one-backward schedule, "
            "two virtual stages and thirty-two micro-batches, the bubble is around five percent. "
            "For data parallel we only shard the optimizer states; we tried ZeRO-3 and the "
            "per-layer parameter gathers over the network cost us eighteen percent. We also turned "
            "on sequence parallelism alongside TP and recomputed only attention rather than "
            "everything, which gave another nine percent. Our first layout spread TP over two "
            "nodes and got thirty-one percent MFU; the final one got forty-seven, and the run took "
            "a bit over three weeks."
        ),
        (
            "We combined tensor, pipeline and data parallelism and tried a few combinations until "
            "the throughput looked good."
        ),
        (
            "We put pipeline parallelism inside each node and tensor parallelism across nodes, "
            "since tensor parallel only exchanges activations at the boundaries and InfiniBand "
            "handles that easily. For data parallel we went with ZeRO-3 because it was clearly the "
            "fastest option, about eighteen percent faster than ZeRO-1. We avoided the interleaved "
            "schedule, since more virtual stages make the pipeline bubble bigger, and we ran full "
            "recomputation everywhere. MFU started at forty-seven percent and ended around "
            "thirty-one once we scaled up."
        ),
        (
            "Before the layout question there was the sizing question. We used the Chinchilla rule "
            "of about twenty tokens per parameter as a floor, then deliberately overtrained, "
            "because a smaller model trained longer is cheaper to serve. The data mix was the "
            "bigger debate: how much code, how much maths, and how many epochs of the high-quality "
            "sources we could repeat before it hurt."
        ),
        (
            "For the 34B run, deciding on the parallelism layout was about deciding on the layout. "
            "We decided on a layout for the parallelism, and that's the layout we used for the 34B "
            "pretraining run, which is how we decided."
        ),
    ),
    Case(
        "en-h39-rope-scaling",
        "en",
        "fundamentals",
        (
            "What's the difference between position interpolation and NTK-aware scaling when you "
            "extend a RoPE model's context?"
        ),
        (
            "RoPE ctx extension, scale s = L_new / L_train (e.g. 4k -> 32k, s = 8)\n"
            "* RoPE: dim pair i rotates at theta_i = base^(-2i/d), base 10000 -> high-freq pairs "
            "(small i) = local order, low-freq pairs = long range\n"
            "* **PI** (Chen et al. 2023): position m -> m/s, i.e. squeeze ALL frequencies by s\n"
            "   - stays inside the trained angle range, but high-freq dims lose resolution -> "
            "neighbours harder to tell apart\n"
            "   - bad zero-shot; needs fine-tuning (~1000 steps), then works well\n"
            "* **NTK-aware**: positions untouched, raise the base: base' = base * s^(d/(d-2))\n"
            "   - high-freq dims ~unchanged, lowest freq interpolated by ~s -> stretch spread "
            "unevenly\n"
            "   - decent without fine-tuning\n"
            "* YaRN = NTK-by-parts (high freq untouched, low freq full PI, ramp between) + "
            "attention temperature, sqrt(1/t) = 0.1 ln(s) + 1"
        ),
        (
            "Both start from how RoPE works: each pair of dimensions rotates at its own frequency, "
            "the fast ones encode local word order and the slow ones encode long-range position. "
            "Position interpolation, the Chen et al. paper, just divides every position by the "
            "scale factor, so a 32k sequence on a 4k model is squeezed by eight. That keeps all "
            "the angles inside what the model saw in training, but it compresses the fast "
            "dimensions too, so nearby tokens get harder to distinguish. It's poor with no "
            "training, but after roughly a thousand fine-tuning steps it works well. NTK-aware "
            "scaling leaves the positions alone and instead raises the RoPE base, so the "
            "high-frequency dimensions barely change and the lowest frequencies get stretched by "
            "about the full factor; that's why it already works reasonably without fine-tuning. "
            "YaRN combines the ideas: leave the fast dimensions alone, fully interpolate the slow "
            "ones, blend in between, and add a temperature on the attention logits."
        ),
        (
            "Position interpolation scales the positions down so longer inputs fit in the range "
            "the model was trained on. NTK is another trick for the same thing."
        ),
        (
            "Position interpolation is the one that changes the RoPE base: it raises the base so "
            "the high frequencies are squeezed and the low frequencies stay as they were. "
            "NTK-aware scaling is the simpler one, it divides each position index by the scale "
            "factor, so it compresses every frequency equally. Because of that, NTK only works "
            "after a long fine-tune, while position interpolation works out of the box with no "
            "training at all. YaRN then replaces RoPE with a learned absolute position embedding "
            "for the extended part."
        ),
        (
            "Another route is to not use rotary embeddings at all. ALiBi adds a linear penalty to "
            "the attention score based on distance, with a different slope per head, and it "
            "extrapolates to longer inputs fairly gracefully. Sliding-window attention is another "
            "option, each token only attends to the last few thousand tokens, and stacking layers "
            "lets information travel further."
        ),
        (
            "The difference between position interpolation and NTK-aware scaling is that one is "
            "position interpolation and the other is NTK-aware scaling. Both extend the context of "
            "a RoPE model; they're different, and that's the difference between them."
        ),
    ),
    Case(
        "en-h39-ppo-critic",
        "en",
        "fundamentals",
        "In PPO-based RLHF, what is the value model for, and where does the KL penalty come in?",
        (
            "PPO for RLHF - 4 models\n"
            "1. actor / policy (trained), init from SFT\n"
            "2. reference = frozen SFT copy -> for the KL\n"
            "3. reward model (frozen) -> ONE scalar per response, at the last token\n"
            "4. **critic / value model** (trained), usually init from the RM: V(s_t) = expected "
            "future reward from token t on\n"
            "reward per token: r_t = -beta * (log pi(a_t|s_t) - log pi_ref(a_t|s_t)); RM score "
            "added at the final token. beta ~0.01-0.05, or adaptive KL controller w/ target KL\n"
            "**advantage** w/ GAE (gamma=1, lambda=0.95) from delta_t = r_t + V(s_t+1) - V(s_t) -> "
            "credit assignment over tokens, lower variance than raw return\n"
            "policy loss: clipped ratio, eps = 0.2; value loss MSE (clipped too)\n"
            "KL why: stops reward hacking / drifting into text the RM over-scores; stay near SFT\n"
            "cost: 4 models in memory -> GRPO drops the critic (group mean as baseline)"
        ),
        (
            "There are four models in play. The policy you're training, which starts from the SFT "
            "model; a frozen copy of that SFT model as the reference; the frozen reward model, "
            "which only gives you one number for the whole response, on the last token; and the "
            "critic, or value model, which is trained too and usually initialised from the reward "
            "model. The critic estimates, at every token, how much reward is still to come. You "
            "need it because the reward is a single score at the end, so to know which tokens "
            "helped you compute advantages with GAE from the critic's estimates, which is much "
            "lower variance than using the raw return. The KL comes in as a per-token reward: "
            "minus beta times the log ratio between the policy and the reference, with the reward "
            "model's score added on the final token. Beta's small, a few hundredths, or an "
            "adaptive controller. It keeps the policy near the SFT model so it can't drift into "
            "text that games the reward model. Then the usual clipped objective, epsilon point two."
        ),
        (
            "The value model is the critic, it helps estimate how good things are, and the KL "
            "keeps the model from moving too far from where it started."
        ),
        (
            "The value model is what gives the score for the whole response; it's trained on the "
            "human preference pairs and looks at the finished answer once. The reward model is the "
            "one that predicts, token by token, how much reward is left, and it gets updated along "
            "with the policy. The KL penalty is added once to the loss at the end of the episode, "
            "and its job is to push the policy away from the reference so it explores more. We "
            "didn't bother with the clipped ratio; a plain policy gradient is stable enough."
        ),
        (
            "The reward model itself is usually trained on pairs: a human picks the better of two "
            "responses and you fit a Bradley-Terry style loss so the preferred one scores higher. "
            "Labeller agreement is often only around seventy percent, so data quality matters a "
            "lot, and people spend most of their effort on guidelines and on filtering out "
            "ambiguous pairs."
        ),
        (
            "In PPO-based RLHF, the value model is for what the value model is for, and the KL "
            "penalty comes in where the KL penalty comes in. So that's the value model and that's "
            "the KL penalty in PPO-based RLHF."
        ),
    ),
    Case(
        "en-h39-restart-call",
        "en",
        "behavioral",
        "Tell me about a time you had to make a high-stakes call without complete information.",
        (
            "STAR - repeated shard mid-run (7B pretrain, 2024)\n"
            "S: day 6 of a ~21-day run (1.8T tokens planned); val loss on code falling much faster "
            "than train -> dedup bug: one code shard (~8% of tokens) repeated ~4x\n"
            "T: I owned the run. restart from scratch (lose 6 days, ~$400k compute) vs fix the mix "
            "and continue\n"
            "A:\n"
            "- paused, not killed; kept the checkpoint\n"
            "- 2 ablations on a 1B proxy (40B tokens): 'repeat then fix' vs 'clean from the start' "
            "-> final loss gap 0.3%, downstream within noise\n"
            "- memorisation check: verbatim 50-token extraction on the repeated shard ~2x baseline "
            "-> acceptable, flagged\n"
            "- 1-page decision doc -> head of pretraining signed off in a day\n"
            "- resumed from the day-6 ckpt, shard dropped for the rest, data-mix hash check added "
            "to the loader\n"
            "R: lost 1.5 days not 6; final loss within 0.5% of the scaling-law prediction; hash "
            "check caught 2 more issues later\n"
            "lesson: cheap proxy runs turn a gut call into a measured one"
        ),
        (
            "Last year I owned a seven-billion-parameter pretraining run planned at about three "
            "weeks. On day six I saw validation loss on code dropping much faster than training "
            "loss, and traced it to a dedup bug: one code shard, about eight percent of the "
            "tokens, was being fed about four times. The choice was to restart and throw away six "
            "days and roughly four hundred thousand dollars of compute, or fix the mix and carry "
            "on, and nobody knew how much the repetition had hurt. I paused the run rather than "
            "killing it, then ran two quick experiments on a one-billion proxy: repeat-then-fix "
            "against clean from the start. The final losses differed by a third of a percent and "
            "benchmarks were within noise. I also checked memorisation on that shard, about double "
            "the baseline, which we accepted and flagged. I wrote a one-page decision doc, the "
            "head of pretraining signed off the next day, and we resumed from the checkpoint "
            "without the shard and with a hash check in the data loader. We lost a day and a half "
            "instead of six, the model landed within half a percent of the scaling-law prediction, "
            "and that check caught two more problems later."
        ),
        (
            "We found a data problem in the middle of a pretraining run and I had to decide "
            "whether to restart. I ran some small tests and we kept going."
        ),
        (
            "It was a 7B pretraining run, and on day six a colleague on the data team noticed the "
            "code shard had been repeated about four times. I decided on the spot to kill the run "
            "and restart from scratch; I didn't want to spend time on proxy experiments, since a "
            "small model wouldn't tell us anything about a 7B one anyway. We threw away the six "
            "days and the checkpoint. The restarted run came in about two percent worse than the "
            "scaling-law prediction, and we never added any checks to the loader, so a similar bug "
            "hit us again a month later."
        ),
        (
            "Deduplication at pretraining scale is usually done with MinHash and "
            "locality-sensitive hashing: you shingle each document, compute signatures, and bucket "
            "them so near duplicates collide. Exact dedup on substrings with suffix arrays catches "
            "boilerplate. The thresholds matter, too aggressive and you drop legitimate templated "
            "content like licences and code headers."
        ),
        (
            "A time I had to make a high-stakes call without complete information: yes, there was "
            "a time like that. The stakes were high, the information was incomplete, and I made "
            "the call. So that was a high-stakes call I made without complete information."
        ),
    ),
]
