"""The English half of held-out set 32 (see judgement_holdout32.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h32-intro",
        "en",
        "self_intro",
        "Let's start with a quick introduction: your background, and why this role?",
        (
            "Intro (aim ~90 s)\n"
            "- Ngozi Okafor. BSc Maths, Univ. of Lagos (2013); MSc Statistics, Warwick (2015)\n"
            "- 2015-2019 Barclays: credit risk analyst -> PD models for UK credit cards (logistic "
            "regression, IFRS 9)\n"
            "- 2019-now Payvane (payments, ~40M txns/day): **fraud ML**, tech lead since 2022 "
            "(team of 4)\n"
            "    * card-not-present fraud model -> GBM; chargeback losses -27% at the same decline "
            "rate\n"
            "    * moved scoring batch -> real time, p99 45 ms\n"
            "- why here: bring LLMs into investigations (case summaries for analysts, reading "
            "merchant descriptions)"
        ),
        (
            "Sure. I'm Ngozi Okafor. I studied maths at the University of Lagos, finishing in "
            "2013, and then did a master's in statistics at Warwick in 2015. I started at Barclays "
            "as a credit risk analyst, building probability-of-default models for UK credit cards, "
            "mostly logistic regression for IFRS 9. In 2019 I moved to Payvane, a payments company "
            "handling around forty million transactions a day, to work on fraud, and I've led a "
            "team of four there since 2022. The thing I'd point to is our card-not-present fraud "
            "model: we moved it to gradient boosting and cut chargeback losses by a bit over a "
            "quarter without declining any more good customers, and we took scoring from batch to "
            "real time, with the ninety-ninth percentile at about forty-five milliseconds. Why "
            "this role: I'd like to bring language models into fraud investigations, things like "
            "summarising cases for analysts and reading what merchants say they sell."
        ),
        (
            "I'm Ngozi. I've been in financial services for about ten years, first at a bank on "
            "credit risk and now on fraud at a payments company, and I'd like to move towards LLM "
            "work."
        ),
        (
            "I'm Ngozi Okafor. I did my master's at the University of Lagos and my undergraduate "
            "degree in statistics at Warwick. I started at Payvane on fraud and only later moved "
            "to Barclays, where I now build credit card models with neural networks rather than "
            "logistic regression. The card-not-present model at Payvane was built by another team; "
            "I mostly maintained the rules, and chargeback losses actually went up by about a "
            "quarter that year. I've never led a team. Scoring ran as an overnight batch, so "
            "latency was never a concern. What brings me here is that I want to move into computer "
            "vision for self-driving cars."
        ),
        (
            "Payments fraud has changed a lot in the last few years. Fraud at the till has almost "
            "disappeared since chip and PIN, and most losses now come from scams where the "
            "customer is tricked into sending the money themselves. Those are hard to stop because "
            "the payment looks completely legitimate, and in the UK banks now have to reimburse "
            "many of the victims, which has pushed scam detection up everyone's priority list."
        ),
        (
            "Sure, a quick introduction. My background is the background that I have, and why this "
            "role is because of the reasons I have for wanting this role. So that's my background "
            "and that's why this role, which is what a quick introduction covers."
        ),
    ),
    Case(
        "en-h32-ato-imbalance",
        "en",
        "project",
        (
            "Tell me about the account-takeover model you built. How did you handle the class "
            "imbalance, and the fact that labels arrived late?"
        ),
        (
            "### ATO detection at login (Payvane, 2021)\n"
            "- base rate ~1 takeover per 6,000 logins; labels = customer-reported takeovers + "
            "analyst-confirmed cases, arrive up to **30 days** late\n"
            "**Imbalance**\n"
            "- downsample negatives to 1:100 (keep all positives) -> weight negatives x60 in the "
            "loss so scores stay roughly calibrated\n"
            "- NO SMOTE: synthetic sessions looked nothing like real ones\n"
            "- metric = **recall at 0.5% challenge rate** (ops budget for step-up OTP) + PR-AUC; "
            "ROC-AUC useless here (~0.98 for every model)\n"
            "**Late labels**\n"
            "- train only on logins >= 35 days old (label maturity window)\n"
            "- time-based split: train Jan-Jun, validate Jul, test Aug\n"
            "- last 5 weeks: monitor with proxies -> password reset within 24 h, new device + new "
            "payee\n"
            "**Features**: device never seen before, IP ASN / distance from usual location, typing "
            "cadence, time since password change\n"
            "Result: recall@0.5% 41% -> 68%; ATO losses -52% over 2 quarters; OTP complaints flat"
        ),
        (
            "Takeovers were rare, about one login in six thousand, and we only found out from "
            "customer reports or analysts confirming a case, which could take up to a month. For "
            "the imbalance we kept every positive, sampled the negatives down to about a hundred "
            "per positive, and weighted them up by sixty in the loss so the scores stayed close to "
            "real probabilities. We tried SMOTE, but the synthetic sessions were nonsense, so we "
            "dropped it. We judged models by how many takeovers they caught when we challenged "
            "half a percent of logins with a one-time code, because that's what ops could handle, "
            "plus PR-AUC; ROC-AUC was about point nine eight for everything. For the late labels "
            "we only trained on logins at least thirty-five days old, split by time, and watched "
            "the recent weeks through proxies like a password reset within a day or a new device "
            "adding a payee. Features were things like an unseen device, the IP's network and "
            "distance from usual, typing rhythm and time since the last password change. Recall at "
            "that budget went from forty-one to sixty-eight percent, losses roughly halved in two "
            "quarters, and complaints didn't move."
        ),
        (
            "Takeovers were very rare, so we downsampled the normal logins and looked at precision "
            "and recall rather than accuracy. The labels came in late, so we waited a while before "
            "using recent data."
        ),
        (
            "The imbalance wasn't that bad, about one in six hundred, so we oversampled the "
            "positives with SMOTE, which worked well because synthetic sessions look a lot like "
            "real ones, and we didn't downsample or reweight anything. We picked the model with "
            "the best ROC-AUC, since that's the standard metric for imbalanced problems, and set "
            "the challenge rate at five percent. Labels came in within a day or two from customer "
            "reports, so there was no need for a maturity window; we trained on everything up to "
            "yesterday with a random split. Recall went from sixty-eight percent down to "
            "forty-one, but precision improved, and takeover losses dropped by about a tenth."
        ),
        (
            "Login security is as much product as modelling. We rolled out passkeys and pushed "
            "customers towards app-based approval instead of text messages, because SIM-swap "
            "attacks make SMS codes unreliable. We also added a cooling-off period after someone "
            "changes their phone number, so large transfers are blocked for a day. Most of that "
            "was driven by the security team and the regulators' strong customer authentication "
            "rules."
        ),
        (
            "So the account-takeover model I built was a model for account takeovers. Handling the "
            "class imbalance meant handling the imbalance between the classes, and the labels "
            "arriving late meant that the labels arrived late, so we handled that. That's how we "
            "handled the imbalance and the late labels in the account-takeover model."
        ),
    ),
    Case(
        "en-h32-feature-parity",
        "en",
        "project",
        (
            "You mentioned moving your fraud features onto a feature store. What problem were you "
            "solving, and how did you know it was fixed?"
        ),
        (
            "Feature store migration - fraud scoring (2022)\n"
            "Problem: **training-serving skew**. Offline features = Spark SQL over the warehouse; "
            "online = Java service re-implementing them -> two codebases\n"
            "- found via a **parity job**: log the online feature vector at scoring time, "
            "recompute offline for the same txn + timestamp -> 23 / 180 features mismatched on > "
            "1% of rows\n"
            "- causes: UTC vs local-time day boundaries; 7-day window inclusive vs exclusive; null "
            "-> 0 online vs -1 offline; offline backfill saw **future** txns (no point-in-time "
            "join)\n"
            "Fix:\n"
            "1. one definition per feature in **Feast** (batch + streaming via Flink), same code "
            "path both sides\n"
            "2. point-in-time (as-of) joins for every training set\n"
            "3. hardest streaming features: **log-and-wait** -> train on the features as served\n"
            "4. parity job kept as a daily check, alert if any feature > 0.5% mismatch\n"
            "Result: mismatched features 23 -> 2; offline vs online AUC gap 0.04 -> 0.005; new "
            "feature lead time 3 wks -> 4 days"
        ),
        (
            "The problem was training-serving skew. Offline, features came from Spark SQL over the "
            "warehouse, and online a Java service reimplemented them, so there were two versions "
            "of everything. We proved it by logging the exact feature vector at scoring time and "
            "recomputing each feature offline for the same transaction and timestamp: twenty-three "
            "of our hundred and eighty features disagreed on more than one percent of rows. The "
            "causes were mundane: day boundaries in UTC on one side and local time on the other, a "
            "seven-day window that included its endpoint on one side only, missing values filled "
            "with zero online and minus one offline, and a backfill that could see later "
            "transactions because nothing did a point-in-time join. So we defined each feature "
            "once in Feast, with Flink for the streaming ones, built training sets with as-of "
            "joins, and for the trickiest streaming features just logged what was served and "
            "trained on that. The parity check stayed as a daily job that alerts above half a "
            "percent. Mismatches fell from twenty-three features to two, the offline-online AUC "
            "gap from point zero four to about point zero zero five, and a new feature took four "
            "days instead of three weeks."
        ),
        (
            "Our online and offline features were computed by different code, so they didn't "
            "always match. We moved them into a feature store so there was one definition, and the "
            "online model got better."
        ),
        (
            "The problem was latency, not consistency: the online service was too slow, so we "
            "moved to a feature store mainly as a cache. We never saw real skew; when we compared "
            "a sample, online and offline values matched except for two features. Training sets "
            "were built with a plain join on the latest feature values, since point-in-time joins "
            "only matter for streaming data. We also stopped logging the served features because "
            "it was expensive, and we kept the Java service as the source of truth, with Feast "
            "reading from it. We knew it was fixed because p99 latency dropped; the offline-online "
            "AUC gap actually went from point zero zero five to point zero four, which we put down "
            "to drift."
        ),
        (
            "The hardest part of any platform migration is getting other teams to adopt it. We ran "
            "office hours, wrote templates for the common feature types, and offered to migrate "
            "each team's first model ourselves. We also had to negotiate who pays for the online "
            "store, since Redis clusters aren't cheap, and in the end each team was charged by the "
            "number of features it served."
        ),
        (
            "We moved the fraud features onto a feature store, so the problem we were solving was "
            "the problem a feature store solves. How we knew it was fixed is that it was fixed, "
            "and we knew it. So we moved the features, we solved the problem, and we knew it was "
            "fixed."
        ),
    ),
    Case(
        "en-h32-isolation-forest",
        "en",
        "fundamentals",
        "How does Isolation Forest find anomalies, and what are its weaknesses?",
        (
            "Isolation Forest (Liu et al., 2008)\n"
            "- idea: anomalies are **few and different** -> easier to isolate; don't model "
            "'normal', isolate points\n"
            "- t ~ 100 trees, each on a subsample psi = 256: random feature, random split between "
            "min & max, recurse until the point is alone or depth limit ceil(log2 psi)\n"
            "- anomaly <=> short average path length E[h(x)]\n"
            "- s(x) = 2^(-E[h(x)] / c(psi)), c(n) ~ 2 ln(n-1) + 0.577 - 2(n-1)/n (avg path of an "
            "unsuccessful BST search); s -> 1 anomalous, s << 0.5 normal\n"
            "- small subsample helps (less swamping / masking)\n"
            "weaknesses\n"
            "- axis-parallel splits -> artefacts; misses anomalies visible only in feature "
            "combinations (-> Extended IF)\n"
            "- contamination sets the threshold; no labels -> a guess\n"
            "- weak on local anomalies near dense clusters & in high dim with many noise features "
            "-> still need feature engineering"
        ),
        (
            "The idea is that anomalies are rare and different, so they're easy to separate; "
            "instead of modelling what normal looks like, you measure how quickly a point can be "
            "cut off. You grow around a hundred trees, each on a small random subsample, typically "
            "two hundred and fifty-six points. At every node you pick a random feature and a "
            "random split between its minimum and maximum, and keep going until the point is alone "
            "or you reach a depth of about log two of the sample size. Anomalies get isolated "
            "after very few splits, so a short average path means anomalous. The score divides "
            "that path by the expected path length for that sample size, roughly two times the "
            "natural log of n, and takes two to the minus that, so near one is anomalous and well "
            "below a half is normal. The small subsample even helps against swamping and masking. "
            "On weaknesses: the splits are axis-parallel, so it misses anomalies that only show in "
            "a combination of features, which is what the extended version fixes; the "
            "contamination setting decides the threshold, and without labels that's a guess; and "
            "it struggles with local anomalies next to dense clusters or with lots of irrelevant "
            "dimensions."
        ),
        (
            "It builds random trees, and points that get separated quickly are considered "
            "anomalies. One weakness is that you have to choose the contamination rate yourself."
        ),
        (
            "Isolation Forest learns a density model of the normal data and flags points in "
            "low-density regions. Each tree picks the feature with the highest variance and splits "
            "at the median, and anomalies are the points with the longest average path length, "
            "because they sit deep in the tree. The score is normalised so that values near zero "
            "are anomalous and values near one are normal. You should train on the full dataset, "
            "since subsampling hides anomalies and causes masking. Its main strength is catching "
            "anomalies in combinations of features, because its splits are oblique, and the "
            "contamination parameter doesn't affect the threshold at all, only the training."
        ),
        (
            "For business metrics I usually prefer forecasting-based detection. You fit something "
            "like Prophet or a seasonal ARIMA, predict the next value with an interval, and alert "
            "when the actual value stays outside it for a few points in a row. It handles trend "
            "and weekly patterns naturally, and analysts understand a forecast band far better "
            "than an abstract anomaly score."
        ),
        (
            "Isolation Forest finds anomalies by being an Isolation Forest that finds anomalies. "
            "Its weaknesses are the things that it is weak at. So it finds the anomalies the way "
            "it finds them, and its weaknesses are its weaknesses."
        ),
    ),
    Case(
        "en-h32-pr-auc",
        "en",
        "fundamentals",
        (
            "Why can ROC-AUC be misleading for something like fraud at a 0.1% positive rate, and "
            "what would you report instead?"
        ),
        (
            "ROC-AUC under heavy imbalance\n"
            "- ROC = TPR vs FPR; FPR = FP / (FP + TN) -> TN huge, so 1,000 extra false alarms "
            "barely move FPR (0.1% of 1M negatives)\n"
            "   -> models at AUC 0.97 vs 0.98 can differ ~2x in precision at the operating point\n"
            "- AUC averages over all thresholds, most irrelevant (nobody operates at FPR 40%)\n"
            "**instead**\n"
            "1. PR curve / PR-AUC (average precision); random baseline = prevalence (0.001), not "
            "0.5\n"
            "2. metric at the operating point: recall @ fixed alert budget / FPR; precision @ k "
            "(analyst capacity)\n"
            "3. cost-based: $ fraud caught - $ good customers declined - review cost\n"
            "- caveat: PR-AUC depends on prevalence -> not comparable across periods with "
            "different fraud rates; ROC-AUC still OK for ranking quality"
        ),
        (
            "ROC plots the true-positive rate against the false-positive rate, and the "
            "false-positive rate divides by all the negatives. With a tenth of a percent fraud the "
            "negatives are enormous, so a thousand extra false alarms out of a million good "
            "transactions barely move it, and two models at point nine seven and point nine eight "
            "can differ twofold in precision where you actually operate. AUC also averages over "
            "every threshold, most of which nobody would ever use. Instead I'd report the "
            "precision-recall curve or average precision, remembering that a random model scores "
            "the fraud rate there, point zero zero one, not a half. More useful still is a number "
            "at the operating point: recall at the alert budget or at a fixed false-positive rate, "
            "or precision in the top k cases analysts can review. Ideally also a cost view, fraud "
            "money caught minus the cost of declining or reviewing good customers. One caveat: "
            "PR-AUC moves with prevalence, so you can't compare it across months with different "
            "fraud rates, while ROC-AUC is still a fair measure of ranking."
        ),
        (
            "Because the data is so imbalanced, AUC looks high even for a weak model. I'd look at "
            "precision and recall instead."
        ),
        (
            "The problem is that the false-positive rate is divided by the number of positives, so "
            "with so few frauds every false alarm counts a lot and ROC-AUC ends up too "
            "pessimistic. PR-AUC fixes that, and its baseline for a random model is point five, "
            "the same as ROC. PR-AUC also doesn't depend on the fraud rate, so you can compare it "
            "across any months, whereas ROC-AUC changes whenever prevalence changes. Metrics at a "
            "single operating point are too noisy, so I'd avoid recall at a fixed budget and just "
            "report the area over all thresholds."
        ),
        (
            "With fraud the biggest modelling issue is usually the labels, not the metric. "
            "Chargebacks arrive weeks later, some fraud is never reported at all, and friendly "
            "fraud, where the real cardholder disputes a genuine purchase, pollutes the positives. "
            "We spent far more time cleaning labels with the disputes team than choosing metrics."
        ),
        (
            "ROC-AUC can be misleading for fraud at a 0.1% positive rate because it can be "
            "misleading in that case. What I would report instead is something other than ROC-AUC, "
            "which is what I'd report instead. So it's misleading, and I'd report something else "
            "instead."
        ),
    ),
    Case(
        "en-h32-srm-story",
        "en",
        "behavioral",
        "Tell me about a time you stopped a result that everyone was excited about.",
        (
            "STAR - the checkout test that was too good\n"
            "S: 2023, new one-page checkout, A/B 50/50, 2 wks; dashboard: conversion +4.1%, PM "
            "already drafting the launch note\n"
            "T: I was the DS signing off the readout\n"
            "A:\n"
            "- SRM check first: 1,012,400 vs 968,900 users -> chi-square p < 1e-6 -> mismatch\n"
            "- traced: treatment did a client-side redirect -> slow devices dropped before the "
            "assignment event fired -> treatment lost its worst-converting users\n"
            "- told PM + eng same day, with numbers, no blame; asked to HOLD the launch, not kill "
            "it\n"
            "- fix: log assignment server-side before the redirect, rerun 2 wks\n"
            "R: rerun SRM clean (p = 0.41); true effect +0.6% (CI 0.1-1.1) -> shipped, smaller "
            "win; SRM check now automatic on every test (blocks the readout)"
        ),
        (
            "Last year we tested a new one-page checkout, fifty-fifty for two weeks, and the "
            "dashboard showed conversion up about four percent. The PM was already writing the "
            "launch note, and I was the data scientist signing off. The first thing I check is the "
            "split: treatment had about a million and twelve thousand users against nine hundred "
            "and sixty-nine thousand in control, and a chi-square test gave a p-value far below "
            "one in a million, so the sample ratio was off. We found the new page did a "
            "client-side redirect, and on slow devices people left before the assignment event was "
            "logged, so treatment had quietly lost its lowest-converting users. I told the PM and "
            "the engineers that day, with the numbers and without blaming anyone, and asked to "
            "pause the launch rather than cancel it. We moved assignment logging to the server "
            "before the redirect and ran it again for two weeks. The rerun's split was clean and "
            "the real lift was about point six percent, still positive, so we shipped a smaller "
            "win. Since then the ratio check runs automatically and blocks any readout that fails "
            "it."
        ),
        (
            "We had an A/B test that looked great, but the two groups had different numbers of "
            "users, so I asked for a rerun, and the real effect turned out to be smaller."
        ),
        (
            "We tested a one-page checkout and conversion was up four percent. The split looked "
            "fine to me, about a million users in each arm, so I signed off the readout. A few "
            "weeks later an engineer on another team noticed that control had more users than "
            "treatment, but the chi-square p-value was about point four, so I told them it was "
            "just noise. The redirect had nothing to do with it, since assignment was already "
            "logged on the server. We shipped without a rerun, and conversion afterwards went up "
            "about six percent, even more than the test showed, so the PM was right to push ahead. "
            "We never added any automatic checks."
        ),
        (
            "Experiment culture matters more than any single test. On my last team we wrote a "
            "pre-registration doc for every experiment, with the hypothesis, the primary metric, "
            "the guardrails and the planned duration, and it was reviewed before launch. It "
            "stopped people fishing through twenty metrics afterwards and made readouts much "
            "shorter."
        ),
        (
            "Sure. A time I stopped a result that everyone was excited about was a time when "
            "everyone was excited about a result and I stopped it. So there was a result, people "
            "were excited about it, and I stopped it, and that's the time I'm thinking of."
        ),
    ),
]
