"""The English half of held-out set 11 (see judgement_holdout11.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h11-intro",
        "en",
        "self_intro",
        "Before we dive in, tell me briefly who you are and what you've been working on.",
        "Intro (~1.5 min, story not CV)\n"
        "- Daniel Okafor; BSc Maths, Univ. of Lagos 2014 -> MSc Operational Research, LSE "
        "2016\n"
        "- 2016-2019 Ocado: OR analyst, van route planning (MIP in OR-Tools), ~3k vans/day\n"
        "- 2019-now: Dashly (food delivery), **senior ML engineer, logistics**\n"
        "  - own ETA prediction (order -> door) + features for courier dispatch\n"
        "  - highlight: ETA MAE 6.1 -> 3.9 min; lateness complaints -18%\n"
        "  - mentor 2 juniors\n"
        "- why now: ML for real-time decisions, more say in experimentation design",
        "Sure. I'm Daniel Okafor. I studied maths at the University of Lagos and then did a "
        "master's in operational research at LSE, which I finished in 2016. My first job was "
        "at Ocado as an operations research analyst, planning delivery van routes with "
        "mixed-integer programming in OR-Tools, for around three thousand vans a day. In 2019 "
        "I joined Dashly, a food delivery company, and I'm now a senior ML engineer on the "
        "logistics team. I own our ETA prediction, from the moment an order is placed to the "
        "door, and I build features that the courier dispatch system uses. The rebuild I led "
        "took mean ETA error from about six minutes to under four and cut complaints about "
        "late orders by eighteen percent. I also mentor two junior engineers. What I want next "
        "is ML for real-time decisions, with more of a say in how we design experiments.",
        "I'm Daniel. I've spent most of my career in logistics, first on the operations "
        "research side and these days doing machine learning.",
        "I'm Daniel. I did computer science at LSE and then a PhD in statistics in Lagos. I "
        "started out as an ML engineer at Dashly building restaurant recommendations, and in "
        "2019 I moved to Ocado, where I'm now a data analyst building dashboards for the "
        "marketing team. My main highlight is a churn model that cut cancellations by thirty "
        "percent. I'm honestly not looking to do more ML; I'd like to move into product "
        "management.",
        "Logistics is a really interesting area for ML at the moment. The vehicle routing "
        "problem is NP-hard, so in practice everyone relies on heuristics, and lately there's "
        "a lot of research on learned solvers using graph neural networks and reinforcement "
        "learning, although on big instances the commercial solvers are still very hard to "
        "beat.",
        "Sure, briefly, who I am and what I've been working on. So, I'm me, and I've been "
        "working on things, which is what I've been working on. Briefly, that's who I am, and "
        "that's what I've been working on, briefly.",
    ),
    Case(
        "en-h11-project-eta",
        "en",
        "project",
        "How did you rebuild the delivery ETA model? Which parts were yours?",
        "ETA rebuild (2021 - 2022)\n"
        "Old: maps drive time + fixed 12 min prep -> MAE 6.1 min, p90 abs err 14 min; 'late' "
        "(> quoted + 10 min) = 17% of orders\n"
        "**ETA = prep + drive + handoff** -> modelled separately\n"
        "1. prep: LightGBM, features = basket size, kitchen load (open orders), hour x "
        "weekday, restaurant's trailing-7d median prep\n"
        "2. drive: routing-engine time + GBM correction on its residual (weather, zone, "
        "vehicle type)\n"
        "3. handoff: per-building median (apartment towers ~ +4 min!)\n"
        "- loss = **quantile**, not MSE: p50 shown in app, p80 for the promise\n"
        "- labels: restaurants tap 'ready' late -> use courier geofence arrive/leave instead\n"
        "Mine: prep model + label fix + A/B test; drive correction = colleague\n"
        "Results: MAE 6.1 -> 3.9 min | late 17% -> 9% | lateness complaints -18%\n"
        "gotcha: feedback loop, quoted ETA changes which restaurant people pick",
        "The old estimate was just the maps drive time plus a flat twelve minutes for the "
        "food. Mean error was about six minutes, ninety-percentile error fourteen, and "
        "seventeen percent of orders showed up more than ten minutes after what we'd quoted. I "
        "broke the ETA into pieces: how long the kitchen takes, the drive, and the last "
        "stretch from the curb to the door. For the kitchen part I trained a LightGBM model on "
        "basket size, how many open orders the restaurant already had, hour and weekday, and "
        "that restaurant's median prep time over the past week. The drive kept the routing "
        "engine's estimate, with a second model correcting its error for weather, zone and "
        "vehicle. The handoff was a median per building; apartment towers add roughly four "
        "minutes. We trained on quantile loss instead of squared error, showing the median in "
        "the app and using the eightieth percentile for the promise. Restaurants pressed "
        "'ready' late, so labels came from courier geofence events. The prep model, the label "
        "fix and the A/B test were mine; a colleague did the drive correction. Error fell from "
        "6.1 to 3.9 minutes, late orders from 17 to 9 percent, and lateness complaints by "
        "eighteen percent.",
        "We swapped the old fixed estimate for a machine learning model that predicts "
        "restaurant prep time, and it got a lot more accurate. That model was mostly me.",
        "We treated the ETA as one number and trained a single deep network from order to "
        "door, because splitting it into prep, drive and handoff just stacks up errors. The "
        "loss was plain MSE; quantile loss only matters when you show ranges. For labels we "
        "used the restaurants' 'ready' taps, which are the most precise signal we have. My "
        "part was the drive-time correction and the prep model was a colleague's. Mean error "
        "went from 6.1 to about 5.8 minutes and late orders stayed around 17 percent, but the "
        "team was happy because the ETA shown in the app got shorter.",
        "Courier dispatch is the other half of this. Every few seconds we batch the open "
        "orders and the free couriers and solve an assignment problem, with the Hungarian "
        "algorithm in small zones and a greedy heuristic in big ones, and we allow stacking "
        "two orders from the same restaurant when the drop-offs are close together.",
        "So, how I rebuilt the delivery ETA model. I rebuilt it, the ETA model for delivery, "
        "and some parts were mine. Which parts? The parts that I rebuilt in the delivery ETA "
        "model. That's how I rebuilt it, and those were the parts that were mine.",
    ),
    Case(
        "en-h11-project-dedup",
        "en",
        "project",
        "You mentioned cleaning a pretraining corpus. How did your near-duplicate detection work?",
        "Near-dup removal, pretraining corpus for a 7B model (2023)\n"
        "Why: ~2.1B web docs (Common Crawl dumps); boilerplate, mirrors, template pages -> "
        "wasted tokens, memorisation, eval leakage\n"
        "Pipeline\n"
        "1. exact dedup first: SHA-1 of normalised text -> -18%\n"
        "2. **MinHash** on word 5-gram shingles, 128 permutations\n"
        "3. **LSH banding**: 16 bands x 8 rows -> candidate pairs; threshold ~ (1/b)^(1/r) = "
        "(1/16)^(1/8) ~ 0.71\n"
        "4. verify candidates: true Jaccard >= 0.8; connected components (union-find) -> keep "
        "1 per cluster (highest quality score)\n"
        "Scale: Spark, ~9 h on 200 executors\n"
        "Mine: LSH + clustering stage + ablation; crawl & quality filters = colleague\n"
        "Results: removed another ~27% after exact dedup; same-compute ablation: downstream "
        "avg +1.1 pts, less verbatim memorisation\n"
        "careful: over-dedup hurt low-resource languages -> per-language thresholds",
        "We had about two billion web documents from Common Crawl for a seven-billion "
        "parameter model, and a lot of it was boilerplate, mirrored sites and templated pages. "
        "Duplicates burn tokens, nudge the model towards memorising text, and can leak "
        "benchmark data. We started with exact dedup, hashing normalised text, which removed "
        "about eighteen percent. For near-duplicates every document became a set of word "
        "five-grams and got a MinHash signature with 128 hash functions. Then "
        "locality-sensitive hashing: the signature is cut into sixteen bands of eight rows, "
        "and two documents that agree on any whole band become a candidate pair, which puts "
        "the effective threshold around 0.7 similarity. We checked each candidate's real "
        "Jaccard, requiring 0.8, joined matches into clusters with union-find, and kept the "
        "best-quality document in each. It ran on Spark in about nine hours on two hundred "
        "executors. I owned the LSH and clustering stage and the ablation. It removed another "
        "twenty-seven percent, and at the same compute the cleaned data gave about a point "
        "more on downstream tasks with less verbatim memorisation. We ended up with "
        "per-language thresholds because aggressive dedup hurt low-resource languages.",
        "We used MinHash to find documents that were very similar and kept one from each "
        "group. It took out quite a lot of the data.",
        "We skipped exact dedup, since MinHash catches exact copies anyway. Each document was "
        "shingled into single characters and we used eight permutations to keep it cheap. For "
        "LSH we went with eight bands of sixteen rows, because more rows per band lowers the "
        "threshold and catches more pairs. We didn't verify candidates with Jaccard, and from "
        "each cluster we dropped every copy, the original included, to be safe. That removed "
        "about sixty percent of the corpus. Downstream scores fell a couple of points, which "
        "is expected, dedup trades quality for diversity. One global threshold worked fine for "
        "every language.",
        "Besides dedup, quality filtering matters a lot. We used heuristic rules like the "
        "Gopher ones, dropping documents with too few words, too many symbols or too many "
        "lines ending in an ellipsis, then a fastText classifier trained to tell "
        "Wikipedia-like text from random web pages, plus a language-ID model routing text into "
        "per-language pipelines.",
        "Cleaning the pretraining corpus, yes. The near-duplicate detection worked by "
        "detecting near-duplicates in the corpus, and then the near-duplicates were removed. "
        "So that's how my near-duplicate detection worked: it detected the near-duplicates.",
    ),
    Case(
        "en-h11-consistent-hashing",
        "en",
        "fundamentals",
        "What is consistent hashing, and why use it instead of hash(key) mod N?",
        "## Consistent hashing\n"
        "naive: server = hash(key) mod N -> N changes -> ~all keys move (N/(N+1) of them) -> "
        "cache-miss storm / mass migration\n"
        "**Ring**: hash servers AND keys onto the same ring [0, 2^32); key -> first server "
        "clockwise\n"
        "- add / remove a server -> only keys on the arc to its predecessor move, ~K/N\n"
        "- few servers -> uneven arcs -> hot spots\n"
        "- **virtual nodes**: each server at 100-200 points; bigger box = more vnodes "
        "(weights)\n"
        "- replication: next R distinct servers clockwise (Dynamo, Cassandra)\n"
        "used: memcached clients (ketama), Dynamo, Cassandra, CDNs / L4 LBs\n"
        "alternatives: rendezvous (HRW) hashing; jump consistent hash (no memory, but only "
        "add/remove at the end)",
        "With hash of the key mod N, as soon as N changes, say you add a cache node or one "
        "dies, almost every key now maps somewhere else, so you get a storm of cache misses or "
        "a huge data migration. Consistent hashing hashes both the servers and the keys onto "
        "the same circle, and each key belongs to the first server you reach walking "
        "clockwise. When a server joins or leaves, only the keys on the arc next to it move, "
        "about one Nth of them. With only a handful of servers the arcs come out uneven and "
        "you get hot spots, so each physical server is put on the ring many times, as virtual "
        "nodes, a hundred or two each. That smooths the load, and you can give bigger machines "
        "more virtual nodes. For replication you keep copies on the next few distinct servers "
        "clockwise, which is what Dynamo and Cassandra do, and memcached clients use it "
        "through ketama. Alternatives are rendezvous hashing, and Google's jump hash, which "
        "needs no memory but only lets you add or remove buckets at the end.",
        "It's a way of spreading keys over servers so that adding or removing one server "
        "doesn't reshuffle everything.",
        "Consistent hashing means every client uses the same hash function, so they "
        "consistently agree on hash mod N, that's where the name comes from. Servers sit on a "
        "ring and a key goes to the nearest server counter-clockwise. When you add a server "
        "all the keys still get remapped, it just happens gradually, so the load is smoother. "
        "Virtual nodes are for replication, each one is a backup copy of the data, and they "
        "actually make load less even, so you keep it to two or three per machine. Jump hash "
        "is the variant that lets you remove any node from the middle.",
        "When distributing data I'd also weigh range partitioning against hash partitioning. "
        "Range partitioning, like in HBase or Spanner, keeps keys sorted so range scans are "
        "cheap, but sequential keys such as timestamps pile onto one hot region; hash "
        "partitioning spreads load evenly but you lose range queries. A lot of systems add a "
        "salt prefix to keys to break up hot spots.",
        "Consistent hashing is hashing that is consistent. You use it instead of hash mod N "
        "because it's consistent, and hash mod N is different from consistent hashing. So "
        "that's what consistent hashing is, and that's why you'd use consistent hashing.",
    ),
    Case(
        "en-h11-thompson",
        "en",
        "fundamentals",
        "How does Thompson sampling work, and how does it compare with epsilon-greedy?",
        "Multi-armed bandit: K arms, unknown reward; maximise total reward = minimise regret "
        "-> explore vs exploit\n"
        "**epsilon-greedy**: w.p. ε random arm, else best empirical mean\n"
        "- simple; but explores **uniformly**, keeps paying for obviously bad arms\n"
        "- fixed ε -> linear regret, unless ε decays\n"
        "**Thompson sampling** (Bayesian)\n"
        "1. posterior per arm; Bernoulli reward (click / no click) -> Beta(α, β), prior "
        "Beta(1, 1)\n"
        "2. each round: draw θ_k ~ Beta(α_k, β_k) for every arm, play argmax θ_k\n"
        "3. update: success -> α += 1, failure -> β += 1\n"
        "-> probability matching: arm played w/ prob. it is the best; uncertain arms explored, "
        "clearly bad ones ~never\n"
        "- log regret; often beats UCB (mean + sqrt(2 ln t / n)) in practice; fine with "
        "delayed / batched feedback\n"
        "contextual: linear TS -> ads, headlines, cold start",
        "Both are ways of handling a bandit problem: several options with unknown payoffs, "
        "where you want to earn as much as you can while still finding out which one is best, "
        "so explore versus exploit. Epsilon-greedy is the simple one. With probability epsilon "
        "you pull a random arm, otherwise the arm with the best average so far. The catch is "
        "that it explores blindly; it keeps sending traffic to arms that are clearly bad, and "
        "with a fixed epsilon your regret grows linearly unless you decay it. Thompson "
        "sampling is Bayesian. You keep a posterior for each arm; for click or no click that's "
        "a Beta, starting at Beta one one. Each round you draw one sample from every arm's "
        "posterior and play whichever draw is highest, then a success adds one to alpha and a "
        "failure adds one to beta. So each arm gets played about as often as the chance that "
        "it's the best: arms you're unsure about get tried, obviously bad ones almost never. "
        "Regret grows only logarithmically, in practice it often beats UCB, and it copes well "
        "with delayed or batched feedback. There's a contextual version with a linear model "
        "for ads, headlines or cold start.",
        "Epsilon-greedy just picks at random some of the time. Thompson sampling is smarter "
        "about it, it explores the options it's less sure about.",
        "Thompson sampling is basically epsilon-greedy with a decaying epsilon. You keep a "
        "Beta distribution per arm, but you always play the arm with the highest posterior "
        "mean, and a success adds one to beta while a failure adds one to alpha. Because it's "
        "deterministic it explores less than epsilon-greedy, which is why its regret is "
        "linear, and it needs instant feedback, it breaks as soon as rewards arrive in "
        "batches. In practice epsilon-greedy usually wins, so Thompson sampling is mostly of "
        "theoretical interest.",
        "In recommendation the bigger problem is usually position bias: items shown at the top "
        "get clicked more regardless of how good they are. We log the position, train with it "
        "as a feature and fix it to a constant at serving time, or reweight clicks by inverse "
        "propensity estimated from small randomised swaps.",
        "Thompson sampling works the way Thompson sampling works, and epsilon-greedy works the "
        "way epsilon-greedy works. How do they compare? They compare as two methods, Thompson "
        "sampling and epsilon-greedy, so that's how Thompson sampling compares with "
        "epsilon-greedy.",
    ),
    Case(
        "en-h11-beh-codereview",
        "en",
        "behavioral",
        "Tell me about a disagreement you had in a code review. How did you resolve it?",
        "Code review conflict - ranking feature PR\n"
        "S: senior backend eng (Marco, owns the service) blocked my PR (new ranking feature "
        "behind a flag) for 9 days, 40+ comments, many style; felt like nitpicking; release "
        "train in 1 wk\n"
        "T: get it merged w/o a thread war; keep a working relationship\n"
        "A:\n"
        "- stopped replying comment-by-comment -> asked for a 30 min call\n"
        "- 2 real concerns: flag read on the hot path per request (+3 ms); no rollback plan; "
        "rest = style\n"
        "- fixed the 2 (cached flag, rollback runbook); style -> proposed lint rules + "
        "follow-up PR\n"
        "- proposed team convention: mark comments 'blocking' vs 'nit'\n"
        "R: merged 2 days later, made the train; convention adopted, avg review time 3.5 -> 2 "
        "days; Marco now reviews my design docs early\n"
        "learned: assume there's a reason; after 2 rounds in a thread, switch to a call",
        "A senior engineer who owns one of our backend services, Marco, held up my pull "
        "request for nine days. It added a new ranking feature behind a flag, and he'd left "
        "more than forty comments, a lot of them about style, so honestly I thought he was "
        "nitpicking, and the release train left in a week. I wanted it merged without a fight "
        "in the thread, and I needed to keep working with him. So I stopped answering comment "
        "by comment and asked for a half-hour call. Two of his concerns turned out to be real: "
        "I was reading the flag on the hot path for every request, which cost about three "
        "milliseconds, and I had no rollback plan. The rest was style. I fixed the two real "
        "ones, caching the flag and writing a rollback runbook, and for the style points I "
        "suggested lint rules and a follow-up PR. I also proposed that we mark review comments "
        "as blocking or nit. It merged two days later and made the train, the team adopted the "
        "labels, average review time went from three and a half days to two, and Marco now "
        "looks at my design docs early. The lesson for me: after two rounds in a thread, get "
        "on a call.",
        "I had a reviewer who left loads of comments on my PR. We talked it over, found a "
        "compromise, and it got merged.",
        "A senior engineer, Marco, blocked my PR for nine days with forty-odd comments. I kept "
        "replying in the thread point by point, since a call leaves no written record, and I "
        "escalated to his manager after the second day. I didn't change the flag handling, "
        "three milliseconds on the hot path doesn't matter, and a rollback plan seemed "
        "pointless for something behind a flag. In the end his manager told him to approve it. "
        "It merged but missed the release train by a week, and Marco and I haven't really "
        "worked together since. I don't think our review process needs to change.",
        "I think a good review culture starts with small pull requests. Anything over four "
        "hundred lines gets much worse reviews, so I split work into stacked PRs, write a "
        "description that says why and how it was tested, and add screenshots for UI changes. "
        "We also use CODEOWNERS so the right reviewers are requested automatically.",
        "A disagreement in a code review, yes, I had one. We disagreed in the code review, and "
        "then we resolved it, and that's how it got resolved. So that was the disagreement in "
        "the code review, and that's how I resolved the disagreement.",
    ),
]
