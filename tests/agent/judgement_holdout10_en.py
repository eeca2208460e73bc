"""The English half of held-out set 10 (see judgement_holdout10.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h10-intro",
        "en",
        "self_intro",
        "To kick things off, could you tell me a little about yourself?",
        "Intro (~90s, don't read the CV)\n"
        "- Priya Nair; BEng EE, IIT Madras 2016 -> MS CS Georgia Tech 2018 (ML track)\n"
        "- 2018-2021 Amazon: backend SDE, Alexa shopping, Java services at ~20k QPS\n"
        "- 2021-now: Audiowave (podcast app), **ML engineer, search & autocomplete**\n"
        "  - own autocomplete end to end: trie serving + LambdaMART ranking\n"
        "  - highlight: p99 120ms -> 35ms, suggestion acceptance +9% rel\n"
        "- why this role: more modelling, LLM-based retrieval, less plumbing",
        "Sure. I'm Priya. I did electrical engineering at IIT Madras, then a master's in "
        "computer science at Georgia Tech on the machine learning track, finishing in 2018. "
        "After that I spent about three years at Amazon as a backend engineer on Alexa "
        "shopping, mostly Java services taking around twenty thousand requests a second, "
        "which is where I learned to care about latency. In 2021 I moved to Audiowave, a "
        "podcast app, as an ML engineer on search. I own the autocomplete system end to end "
        "there, from the trie we serve candidates from to the LambdaMART model that ranks "
        "them. The rebuild I led took p99 latency from about 120 milliseconds down to 35 "
        "and lifted suggestion acceptance by roughly nine percent relative. What I'm after "
        "now is a role with more modelling, especially LLM-based retrieval, and a bit less "
        "plumbing.",
        "I'm Priya, I've been an engineer for a few years, first on the backend side and "
        "now more on ML, mostly search-related things.",
        "I'm Priya. I did my undergrad in computer science at Georgia Tech and then a PhD "
        "at IIT Madras in speech recognition. I started out as an ML engineer at Audiowave "
        "working on podcast recommendations, and in 2021 I moved to Amazon, where I'm now a "
        "backend engineer on Alexa shopping writing Python services. My main highlight is "
        "halving the latency of the checkout service. I'm looking to move into a pure "
        "infrastructure role, with no modelling at all.",
        "I think search is going through a big shift right now. Lexical retrieval is still "
        "a strong baseline, but dense retrievers and LLM re-rankers are catching up fast, "
        "and the interesting problem is cost: you can't run a large model on every "
        "keystroke, so cascades and distillation matter a lot.",
        "Sure, so, a little about myself. Well, I'm me, and I'd like to tell you a little "
        "about myself, so that's what I'm doing. There's a lot I could say about myself, "
        "but a little about myself is basically what I've just said.",
    ),
    Case(
        "en-h10-project-autocomplete",
        "en",
        "project",
        "Walk me through the query autocomplete service you rebuilt. What did you own?",
        "Autocomplete rebuild (Q2-Q4 2022)\n"
        "Old: SQL `LIKE 'prefix%'` over top-queries table + cache -> p99 120ms; rebuilt "
        "daily (stale); no personalisation\n"
        "**Mine**: design + serving + ranking v1 (1 other eng on the data pipeline)\n"
        "1. candidates: in-memory **trie**, each node stores precomputed top-k completions "
        "(k=50); rebuilt hourly from 30d of query logs; min count 5 + blocklist\n"
        "2. ranking: LightGBM LambdaMART over the 50 -> popularity w/ time decay (half-life "
        "7d), user's own history, language, suggestion CTR\n"
        "3. typo tolerance: edit distance 1 for prefixes >= 4 chars\n"
        "4. serving: full trie replicated per pod, ~3 GB (sharding not needed)\n"
        "A/B 2 wks 50/50: p99 120ms -> 35ms | acceptance 31% -> 34% (+9% rel) | zero-result "
        "searches -12%\n"
        "lesson: blocklist > model. one offensive suggestion = PR incident",
        "The old service ran a SQL prefix query over a table of top queries with a cache in "
        "front, so p99 was about 120 milliseconds, it was only rebuilt once a day and "
        "nothing was personalised. I owned the design, the serving and the first ranking "
        "model; another engineer did the data pipeline. Candidates come from an in-memory "
        "trie where each node already stores its top fifty completions. It's rebuilt every "
        "hour from thirty days of logs, dropping queries seen fewer than five times and "
        "anything on the blocklist. A LambdaMART model then re-ranks those fifty on "
        "time-decayed popularity, the user's own history, language and the suggestion's "
        "click-through rate. For prefixes of four characters or more we allow one typo. "
        "Every pod holds the whole trie, about three gigabytes. In a two-week A/B test p99 "
        "fell to 35 milliseconds, acceptance went from 31 to 34 percent and zero-result "
        "searches dropped twelve percent. Honestly the blocklist mattered more than the "
        "model.",
        "We replaced the old prefix lookup with a trie so it got a lot faster, and I put a "
        "ranking model on top. I owned most of the serving side.",
        "We got rid of prefix matching completely. On every keystroke we embed the partial "
        "query with a small sentence-transformer and do an approximate nearest-neighbour "
        "search over all past queries, so there's no trie. Ranking was plain popularity; we "
        "decided personalisation wasn't worth it. The index is rebuilt once a week from a "
        "year of logs and we don't filter anything, the blocklist was dropped because it "
        "hurt coverage. In the A/B test p99 went from 120 to 90 milliseconds and suggestion "
        "acceptance roughly doubled, from 31 to 60 percent.",
        "On the main results page we run two stages: BM25 plus a dense retriever for "
        "recall, merged with reciprocal rank fusion, then a cross-encoder re-ranks the top "
        "hundred episodes. Relevance labels come from click logs and human raters, and we "
        "check NDCG at ten offline before anything goes to an A/B test.",
        "So the query autocomplete service I rebuilt. I rebuilt it, and it's a query "
        "autocomplete service, it autocompletes queries. What did I own? I owned my part of "
        "it, the part that I owned. So basically I rebuilt the autocomplete service and "
        "owned what I owned.",
    ),
    Case(
        "en-h10-project-anomaly",
        "en",
        "project",
        "Tell me about the anomaly detection you built to cut down on-call alert noise.",
        "Metric anomaly detection for on-call (2023)\n"
        "Why: ~400 static-threshold pages/wk across 60 services; on-call acked most w/o "
        "action (~85% noise); static thresholds ignore seasonality -> real incidents at "
        "night missed\n"
        "Approach\n"
        "- per metric: **STL** decomposition (daily + weekly seasonality) -> work on the "
        "residual\n"
        "- robust z on residual: |r - median| / (1.4826 * MAD) > 4 for 3 consecutive 1-min "
        "points -> anomaly\n"
        "- group co-firing anomalies along the service dependency graph -> 1 page per "
        "incident, not 20\n"
        '- Slack button "useful / noise" -> retune per-metric thresholds weekly\n'
        "- KEPT static thresholds for hard SLO limits (error rate > 5%), don't replace "
        "everything\n"
        "Results: pages/wk 400 -> ~70 | useful pages ~15% -> ~60% | missed "
        "incidents/quarter 3 -> 1\n"
        "hard part: holidays / launches break seasonality -> maintenance calendar to mute",
        "We had about four hundred static-threshold pages a week across sixty services, and "
        "on-call acked most of them without doing anything; roughly eighty-five percent was "
        "noise. Fixed thresholds also ignore daily and weekly patterns, so we still missed "
        "real incidents at night. For each metric I strip out the daily and weekly "
        "seasonality with an STL decomposition and only look at what's left over. On that "
        "residual I use a robust z-score, distance from the median over a scaled MAD, and "
        "flag it when it stays above four for three minutes in a row. Anomalies that fire "
        "together get grouped along the service dependency graph, so one incident is one "
        "page, not twenty. A useful-or-noise button in Slack feeds a weekly retune of each "
        "metric's threshold. We kept plain thresholds for hard SLO limits like error rate. "
        "Pages fell from 400 to about 70 a week, the useful share went from fifteen to "
        "sixty percent, and missed incidents per quarter from three to one.",
        "Basically we moved from fixed thresholds to a model that learns what normal looks "
        "like for each metric, so we got far fewer pages and on-call was a lot happier.",
        "We kept the static thresholds for the ordinary metrics and moved the hard SLO "
        "limits, like error rate, onto the model instead. For each metric we ran STL and "
        "computed the z-score on the seasonal component, throwing the residual away since "
        "that part is just noise. We used the mean and standard deviation rather than the "
        "median and MAD, because MAD is too sensitive to outliers, and we paged on any "
        "single point above two. We didn't group alerts either, every service owner wants "
        "their own page. Pages went from 70 to about 400 a week, which the team was fine "
        "with because nothing got missed.",
        "On-call health is mostly about process. We run a weekly rotation with a primary "
        "and a secondary, hand-offs happen in a fifteen-minute meeting, every incident of "
        "severity two or above gets a blameless postmortem within five days, and action "
        "items go into Jira with an owner. We also cap pages per shift and give time off "
        "after a bad night.",
        "So the anomaly detection I built to cut down alert noise. The alerts were noisy, "
        "so I built anomaly detection to cut down the noise, and it cut down the on-call "
        "alert noise. That's what the anomaly detection did, it detected anomalies and cut "
        "down the noise for on-call.",
    ),
    Case(
        "en-h10-vae-reparam",
        "en",
        "fundamentals",
        "What is the reparameterization trick in a VAE, and why is it needed?",
        "VAE recap: encoder q_phi(z|x) = N(mu, sigma^2), decoder p_theta(x|z)\n"
        "maximise ELBO = E_q[log p(x|z)] - KL(q(z|x) || N(0, I))\n"
        "problem: z ~ q_phi is *sampled* -> sampling not differentiable wrt phi -> no "
        "gradient to the encoder from the recon term\n"
        "(score-function / REINFORCE works but **high variance**)\n"
        "**Trick**: z = mu + sigma * eps, eps ~ N(0, I)\n"
        "- randomness moved into eps, which doesn't depend on phi\n"
        "- z = deterministic, differentiable fn of (mu, sigma) -> pathwise gradient, low "
        "variance\n"
        "- encoder predicts log sigma^2 (stability)\n"
        "- KL term: closed form for Gaussians, doesn't need the trick\n"
        "- discrete latents: no direct reparam -> Gumbel-softmax\n"
        "also: SAC policies; diffusion x_t = sqrt(abar) x0 + sqrt(1 - abar) eps",
        "In a VAE the encoder gives a Gaussian over the latent, a mean and a variance, you "
        "draw z from it and the decoder reconstructs x; the loss is the ELBO, "
        "reconstruction minus the KL to a standard normal. The trouble is that draw: you "
        "can't backpropagate through taking a random sample, so the encoder gets no "
        "gradient from the reconstruction term. A score-function estimator like REINFORCE "
        "would work, but its variance is huge. The trick is to write z as mu plus sigma "
        "times epsilon, with epsilon from a standard normal. All the randomness now lives "
        "in epsilon, which doesn't depend on the encoder, and z is a deterministic, "
        "differentiable function of mu and sigma, so gradients flow straight through with "
        "low variance. Usually the encoder predicts the log-variance for stability. The KL "
        "part doesn't need it, it's closed form for Gaussians. For discrete latents it "
        "doesn't apply directly, so people use Gumbel-softmax. The same idea shows up in "
        "SAC and in diffusion's noising step.",
        "It's a way of making the sampling differentiable so you can train the encoder with "
        "backprop. You write z using the mean, the standard deviation and some noise.",
        "The trick is needed because the KL term between the encoder and the prior has no "
        "closed form, so you have to estimate it by sampling. You sample epsilon from the "
        "encoder's own distribution q and then set z to epsilon times mu plus sigma, which "
        "makes the decoder deterministic. The gradient still reaches the encoder through "
        "the REINFORCE estimator; the trick just lowers its variance a little. It works "
        "exactly the same for discrete latents, you reparameterize the categorical "
        "directly, so Gumbel-softmax isn't really needed.",
        "A common headache with VAEs is posterior collapse: a strong autoregressive decoder "
        "learns to ignore z, the KL drops to zero and the latent carries nothing. The usual "
        "fixes are KL annealing, ramping the KL weight from zero to one during training, "
        "free bits, which stop penalising the KL below a floor per dimension, or weakening "
        "the decoder with word dropout.",
        "So, the reparameterization trick in a VAE. It's a trick, and it reparameterizes "
        "things in the VAE, that's why it's called the reparameterization trick. Why is it "
        "needed? It's needed because the VAE needs it, so you use the trick. That's the "
        "reparameterization trick.",
    ),
    Case(
        "en-h10-teacher-forcing",
        "en",
        "fundamentals",
        "What is teacher forcing, and what problems can it cause?",
        "Teacher forcing (seq2seq / autoregressive LMs)\n"
        "- training: at step t the input is the **ground-truth** y_{t-1}, not the model's "
        "own prediction\n"
        "- pros: stable, fast convergence; transformer -> whole sequence in one pass w/ "
        "causal mask (parallel over time)\n"
        "- inference: no ground truth -> feed own predictions (free-running)\n"
        "**Problem = exposure bias**: train/test mismatch, model never sees its own "
        "mistakes -> errors compound on long outputs (drift, repetition)\n"
        "Fixes\n"
        "1. scheduled sampling (Bengio 2015): prob. of feeding the model's token ramps UP "
        "over training; kills parallelism for transformers\n"
        "2. sequence-level training: RL / minimum risk training on BLEU etc.\n"
        "3. LLMs: RL fine-tuning on own samples helps\n"
        "note: how much exposure bias matters in practice is debated",
        "Teacher forcing is how you train autoregressive models: at each step the input is "
        "the true previous token from the data rather than whatever the model predicted. "
        "That keeps training stable and fast, and with a transformer you can do the whole "
        "sequence in one pass under a causal mask, since every input is known up front. The "
        "catch comes at inference, where there's no ground truth and the model has to feed "
        "on its own outputs. It has never been trained on its own mistakes, so one bad "
        "token can push it somewhere it never saw, and errors pile up over long outputs, "
        "which you see as drift or repetition. That mismatch is called exposure bias. One "
        "fix is scheduled sampling, gradually swapping more of the true inputs for the "
        "model's own tokens during training, though that breaks the parallelism for "
        "transformers. Another is sequence-level training with RL or minimum risk on a "
        "metric like BLEU. To be fair, how much exposure bias hurts in practice is still "
        "debated.",
        "It's when you feed the correct previous token during training instead of the "
        "model's own output. It makes training faster.",
        "Teacher forcing means that during training you feed the model its own previous "
        "prediction, and at inference you switch to feeding the ground-truth tokens, which "
        "is why decoding is more accurate than training. Exposure bias is the name for the "
        "model overfitting to the teacher's vocabulary. The standard fix is scheduled "
        "sampling: you start training mostly on the model's own tokens and raise the share "
        "of ground-truth tokens until it's all ground truth by the end, which also keeps "
        "full parallelism for transformers.",
        "In a transformer decoder the causal mask sets the attention scores for future "
        "positions to minus infinity before the softmax, so each position only sees the "
        "past. At generation time you cache the keys and values of earlier tokens, so each "
        "new step costs one row of attention instead of recomputing the whole prefix.",
        "Teacher forcing, what is it? It's forcing, by a teacher, so the teacher forces the "
        "model. What problems can it cause? It can cause problems, the problems that "
        "teacher forcing causes. So teacher forcing is teacher forcing, and it can cause "
        "some problems.",
    ),
    Case(
        "en-h10-beh-dependency",
        "en",
        "behavioral",
        "Tell me about a time you depended on another team that kept missing its commitments.",
        "Dependency slipping - fraud model v3 / feature store\n"
        "S: needed 6 new real-time features from the Data Platform team's feature store; "
        "promised end of March, slipped 2x (~3 wks each); our launch tied to a Q2 OKR\n"
        "T: get the features w/o burning the relationship; protect the launch\n"
        "A:\n"
        "- 1:1 with their TL FIRST (not escalate): they had 2 eng, 5 asking teams; ours was "
        "never on their roadmap, just a Slack promise\n"
        "- offered help: wrote the 4 simple features myself as PRs in their repo, their "
        "review\n"
        "- written milestones, in both teams' weekly status\n"
        "- fallback: hourly batch versions of the 2 hard features -> could ship w/o "
        "real-time\n"
        "- only then raised to both managers, framed as a planning gap, not blame\n"
        "R: launched 2 wks late (not 2 months); recall +4 pts at same FP rate; they adopted "
        "an intake form for feature requests",
        "Our fraud model v3 needed six new real-time features from the data platform team's "
        "feature store. They'd promised them for the end of March, slipped twice by about "
        "three weeks each, and our launch was tied to a Q2 goal. I wanted the features "
        "without wrecking the relationship. So before escalating anything I had a "
        "one-to-one with their tech lead, and it turned out they had two engineers, five "
        "teams asking, and our request had never made their roadmap; it was a promise in "
        "Slack. I offered help and wrote the four simpler features myself as pull requests "
        "in their repo, under their review. We agreed written milestones and put them in "
        "both teams' weekly status. As a fallback we built hourly batch versions of the two "
        "hard features, so we could ship without real-time. Only then did I raise it with "
        "both managers, as a planning gap rather than blame. We launched two weeks late "
        "instead of two months, recall rose four points at the same false-positive rate, "
        "and they now have an intake form for requests.",
        "I just kept communicating with them and we eventually worked it out. It's mostly "
        "about being patient and aligning on priorities.",
        "The first thing I did was escalate straight to both directors, since they'd "
        "already slipped twice and there was no point talking to their tech lead. After "
        "that we stopped depending on them: my team built our own separate pipeline for all "
        "six features, outside their feature store and without their review, and we skipped "
        "any batch fallback. We launched on the original date, but the two pipelines "
        "computed the features slightly differently and the model's recall actually "
        "dropped. Honestly the relationship didn't matter much, we rarely work with them.",
        "The fraud model itself was gradient-boosted trees on transaction features: amount, "
        "merchant category, velocity counts over an hour and a day, device fingerprint and "
        "distance from the usual location. The hard parts were label delay, since "
        "chargebacks arrive weeks later, and heavy imbalance, so we tuned the threshold for "
        "a fixed false-positive budget.",
        "So a time I depended on another team that kept missing its commitments. We "
        "depended on them, and they kept missing their commitments, so that's the time. It "
        "was a team we depended on, and they missed commitments, and we depended on them, "
        "so that's what happened.",
    ),
]
