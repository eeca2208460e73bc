"""The English half of held-out set 8 (see judgement_holdout8.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h8-boosting",
        "en",
        "fundamentals",
        "How does gradient boosting differ from a random forest?",
        "RF vs GBDT\n"
        "**Random forest** = bagging: many deep trees, each on a bootstrap sample + random "
        "feature subset at each split, trained independently (parallel), average / majority "
        "vote -> mainly reduces variance\n"
        "**Gradient boosting**: trees built sequentially, each new (shallow, depth 3-8) tree "
        "fits the negative gradient (= residuals for squared loss) of the current ensemble, "
        "scaled by a learning rate (0.05-0.1) -> reduces bias\n"
        "- GBM overfits if you keep adding trees -> early stopping on a val set; RF barely "
        "overfits with more trees\n"
        "- RF needs little tuning; XGBoost / LightGBM usually win on tabular data but need "
        "tuning\n"
        "- XGBoost: 2nd-order grads + regularisation; LightGBM: histograms + leaf-wise growth",
        "A random forest is bagging: you grow lots of deep trees, each one on a bootstrap "
        "resample of the rows, and at every split it only looks at a random subset of the "
        "features. The trees don't depend on each other, so you can train them in parallel, "
        "and you average them or take a vote, which mostly brings the variance down. Boosting "
        "goes the other way round: the trees are added one at a time, they're shallow, a few "
        "levels deep, and each new one is fit to the negative gradient of the loss for the "
        "current model, so with squared error that's just the residuals, and you shrink its "
        "contribution by a learning rate of about 0.1. That attacks bias. Practically, "
        "boosting will overfit if you keep adding trees, so you use early stopping on "
        "validation data, while a forest hardly gets worse with more trees. Forests work fine "
        "almost untuned; XGBoost or LightGBM usually win on tabular problems but you have to "
        "tune them. XGBoost uses second-order gradients and regularisation, LightGBM bins the "
        "features into histograms and grows trees leaf-wise.",
        "Random forest averages a bunch of trees. Gradient boosting is also trees but they're "
        "combined differently, and it's usually more accurate, that's why everyone uses "
        "XGBoost on Kaggle.",
        "Random forest builds its trees one after another, each tree correcting the errors of "
        "the previous one, while gradient boosting trains its trees in parallel on bootstrap "
        "samples and averages them. So boosting mainly reduces variance and the forest reduces "
        "bias. The boosted trees are usually very deep, and boosting can't really overfit as "
        "you add trees, so you don't need early stopping, you just add a few thousand.",
        "For tabular data most of our gains came from feature engineering: target encoding for "
        "high-cardinality categoricals, log transforms for skewed amounts, lag features for "
        "time series, and we used SHAP values to explain the predictions to the risk team.",
        "So how does gradient boosting differ from a random forest? Well, gradient boosting is "
        "boosting with gradients, and a random forest is a forest that's random. They differ "
        "because one of them is gradient boosting and the other one is a random forest, so "
        "that's how they differ.",
    ),
    Case(
        "en-h8-calibration",
        "en",
        "fundamentals",
        "What does it mean for a classifier to be well calibrated, and how do you check it?",
        "Calibration\n"
        "- calibrated = predicted prob matches observed frequency: of all cases scored 0.8, "
        "~80% are positive\n"
        "- separate from ranking: AUC can be high while the probs are way off\n"
        "- check: reliability diagram (bin predictions into ~10 bins, mean predicted vs "
        "fraction positive, diagonal = perfect)\n"
        "- metrics: ECE (weighted avg |acc - conf| over bins), Brier score, log loss\n"
        "- fix: Platt scaling (logistic reg on the scores), isotonic regression (needs more "
        "data), temperature scaling for NNs -> fit on a held-out set, NOT the training data\n"
        "- modern deep nets tend to be overconfident; class reweighting / undersampling "
        "distorts the probs too",
        "Calibrated means you can read the score as a probability: if you take everything the "
        "model scored around 0.8, roughly eighty percent of those should actually be positive. "
        "That's a different property from ranking, you can have a great AUC and still have "
        "probabilities that are way off. To check it I'd draw a reliability curve: bucket the "
        "predictions into ten or so bins and plot the average predicted probability against "
        "the observed positive rate, and a perfect model sits on the diagonal. For a single "
        "number there's expected calibration error, the gap between confidence and accuracy "
        "averaged over the bins, or the Brier score and log loss. If it's off, you recalibrate "
        "on held-out data, not the training set: Platt scaling, which is a logistic regression "
        "on the scores, isotonic regression if you have plenty of data, or temperature scaling "
        "for neural nets, which tend to be overconfident. Resampling or class weights during "
        "training will also skew the probabilities, so you need to correct for that.",
        "It means the probabilities can be trusted as probabilities, not just as a ranking. "
        "I'd probably compare them against what actually happened in some kind of plot.",
        "A well calibrated classifier is one with high accuracy on every class, so you check "
        "it with the confusion matrix and the AUC: if the AUC is above 0.9 the model is "
        "calibrated. If it isn't, you fit Platt scaling on the training set, and isotonic "
        "regression is the one to pick when you have very little data. Deep nets are usually "
        "underconfident, so temperature scaling pushes their probabilities further towards 0 "
        "and 1.",
        "For imbalanced problems I tune the decision threshold instead of using 0.5: I sweep "
        "thresholds on the validation set and pick the one that maximises F1, or the one that "
        "hits the recall the business needs, then I track precision in production with a "
        "weekly labelled sample.",
        "Being well calibrated means the classifier is calibrated well. And to check it, you "
        "check whether it's well calibrated. So a well calibrated classifier is a classifier "
        "that is well calibrated, and that's how you check the calibration.",
    ),
    Case(
        "en-h8-project-text2sql",
        "en",
        "project",
        "Walk me through the text-to-SQL assistant you built.",
        "Text-to-SQL for the analytics team (2024)\n"
        "goal: let PMs ask the warehouse questions w/o writing SQL; ~400 tables in BigQuery\n"
        "how:\n"
        "1. schema linking first: embed table + column descriptions, retrieve top ~10 tables "
        "per question (400 schemas don't fit in the prompt)\n"
        "2. few-shot: retrieve 3 similar past question/SQL pairs from a library of ~1,500 "
        "verified queries\n"
        "3. GPT-4 writes the SQL; BigQuery dry run -> on error feed the error message back, "
        "max 2 retries\n"
        "4. safety: read-only service account, LIMIT enforced, cost cap per query\n"
        "eval: 250 questions w/ gold answers, execution accuracy 54% -> 81%, biggest jump from "
        "schema linking\n"
        "adoption: ~120 weekly users, analyst ticket queue down ~35%",
        "The idea was to let product managers query the warehouse without writing SQL. We had "
        "about four hundred tables in BigQuery, which is far too much schema to put in a "
        "prompt, so the first step picks the relevant tables: we embedded the descriptions of "
        "every table and column and pull back the ten or so closest to the question. Then we "
        "add a few examples, the three most similar questions from a library of around fifteen "
        "hundred queries the analysts had already checked. GPT-4 writes the query, we dry-run "
        "it in BigQuery, and if that fails the error goes back to the model, at most twice. It "
        "runs under a read-only account with a forced LIMIT and a cost cap on each query. I "
        "built an eval of 250 questions with known answers, and execution accuracy went from "
        "54 to 81 percent, most of it from the table retrieval step. About a hundred and "
        "twenty people use it every week and the analysts' ticket queue shrank by roughly a "
        "third.",
        "It turned questions in plain English into SQL with an LLM. We gave it examples of "
        "good queries so it got better over time, and a lot of the product people ended up "
        "using it.",
        "We put the full schema of all 400 tables into every prompt, since GPT-4's context was "
        "big enough, so there was no retrieval step at all. The generated SQL ran straight on "
        "production with a write-enabled account so the model could create helper tables when "
        "it needed them. We evaluated it on 25 questions and execution accuracy went from 81% "
        "to 99%, mostly thanks to fine-tuning the model on our queries.",
        "Our warehouse was on BigQuery with dbt for the transformation layer, about three "
        "hundred models. We partitioned the big event tables by day and clustered them by user "
        "id, which cut our query bill by half, and we ran Great Expectations checks on every "
        "nightly build.",
        "The text-to-SQL assistant I built was an assistant that takes text and turns it into "
        "SQL. So text goes in and SQL comes out, it's a text-to-SQL assistant, and that's the "
        "text-to-SQL assistant I built.",
    ),
    Case(
        "en-h8-beh-repro",
        "en",
        "behavioral",
        "Tell me about a bug you couldn't reproduce and how you tracked it down.",
        "Heisenbug story – duplicate payments\n"
        "S: ~1 in 20k checkouts charged twice, only in prod, never locally / staging\n"
        "A:\n"
        "- added structured logging w/ a request id across checkout -> payment service, waited "
        "for 3 occurrences\n"
        "- logs showed: client retried after its 10s timeout while the first call was still in "
        "flight (payment provider slow at peak)\n"
        "- couldn't repro because the staging sandbox always answered < 1s -> injected latency "
        "with a proxy (toxiproxy) -> reproduced in 10 min\n"
        "- fix: idempotency key per checkout so the provider dedups; retry reuses the same "
        "key; raised the client timeout\n"
        "R: zero double charges in the 6 months after; postmortem; latency injection added to "
        "integration tests\n"
        "lesson: can't reproduce -> instrument first, don't guess",
        "We had customers getting charged twice, about one checkout in twenty thousand, and "
        "only in production; I could never make it happen locally or in staging. So instead of "
        "guessing I added structured logs with one request id carried from checkout through "
        "the payment service, and waited until it happened a few times. The logs showed the "
        "client giving up after its ten-second timeout and retrying while the first payment "
        "call was still going, because the provider got slow at peak hours. Staging never "
        "showed it since the provider's sandbox always replied in under a second, so I put a "
        "proxy in between that adds latency, and with that I reproduced it in about ten "
        "minutes. The fix was an idempotency key per checkout, so the provider drops the "
        "duplicate, with the retry sending the same key, plus a longer client timeout. We had "
        "no double charges for the six months after that. I wrote the postmortem and we added "
        "latency injection to the integration tests. The lesson for me: if you can't reproduce "
        "it, instrument before you theorise.",
        "We had a payment problem that only showed up in production. I added a lot more "
        "logging and eventually we figured out it was some kind of timing issue, and we fixed "
        "it.",
        "We had customers charged twice. I reproduced it locally on the first try: it was a "
        "race condition in our database, two threads updating the same order row, so I put a "
        "global lock around checkout. We didn't need any extra logging because the lock fixed "
        "it, and we still see a handful of double charges each month, which is normal for "
        "payments.",
        "Our payments stack was on Stripe. We handled webhooks through an SQS queue with "
        "retries, stored every event in Postgres, and a nightly reconciliation job matched our "
        "ledger against Stripe's balance transactions and paged finance if anything was off by "
        "more than a cent.",
        "A bug I couldn't reproduce... yes, there was a bug, and I couldn't reproduce it, it "
        "was really hard to reproduce. So I tracked it down, the bug that I couldn't "
        "reproduce, and that's how I tracked down the bug I couldn't reproduce.",
    ),
    Case(
        "en-h8-beh-givefeedback",
        "en",
        "behavioral",
        "Tell me about a time you had to give a teammate difficult feedback.",
        "Giving hard feedback – PR reviews\n"
        "context: senior-ish teammate (Tom) left review comments that were blunt, sometimes "
        "sarcastic; two juniors stopped asking him for reviews, one brought it up in our 1:1\n"
        "what I did\n"
        "- didn't go to the manager first; asked Tom for a private 1:1 coffee\n"
        "- SBI: situation, behaviour, impact – quoted 2 specific comments, said how the "
        "juniors reacted, no labels like 'rude'\n"
        "- asked for his side: overloaded, ~15 reviews/day, writing fast\n"
        "- agreed: he'd phrase things as questions; review rotation so he got ~half the load\n"
        "result: juniors went back to asking him within a month; he thanked me later\n"
        "lesson: specific + private + early",
        "There was a more senior engineer on my team, Tom, whose review comments were really "
        "blunt, sometimes sarcastic, and two of the juniors had quietly stopped sending him "
        "their pull requests; one of them told me in a one-on-one. I didn't escalate to our "
        "manager, I asked Tom to grab a coffee, just the two of us. I kept it to facts: I "
        "showed him two of his actual comments and told him how the juniors had reacted, "
        "without calling him rude or anything like that. Then I asked how things looked from "
        "his side, and it turned out he was doing around fifteen reviews a day and typing as "
        "fast as he could. We agreed he'd frame comments as questions, and we set up a review "
        "rotation that roughly halved his load. Within a month the juniors were asking him for "
        "reviews again, and later he actually thanked me. What I took from it: be specific, do "
        "it privately, and do it early.",
        "I think feedback should be private and specific. There was a teammate whose code "
        "reviews upset people, I talked to him about it and it got better.",
        "I raised it in our team retro in front of everyone, because I think feedback works "
        "better in public, and I told Tom he came across as rude. I didn't ask for his side "
        "since the impact was obvious. Then I went to our manager and Tom was taken off "
        "reviews completely. The juniors were fine with it after about six months.",
        "On code review in general, we use GitHub with CODEOWNERS, require two approvals, and "
        "a bot runs the linters and type checks on every push, so reviewers can focus on "
        "design instead of style. We also cap pull requests at about four hundred lines.",
        "Giving a teammate difficult feedback is difficult. It's hard to give feedback, "
        "especially difficult feedback, to a teammate. So yes, I had to give difficult "
        "feedback to a teammate, and it was difficult, because difficult feedback is difficult "
        "to give.",
    ),
    Case(
        "en-h8-intro",
        "en",
        "self_intro",
        "Can you give me a quick overview of your background?",
        "intro notes\n"
        "- Priya Raman, 3 yrs backend eng (Go, Postgres) at a travel booking startup, then 2 "
        "yrs data scientist\n"
        "- current: DS at an insurance co, pricing models (GLMs -> LightGBM), loss ratio "
        "improved ~4%\n"
        "- BSc CS, IIT Madras; part-time MS in analytics (Georgia Tech OMSA), finished 2024\n"
        "- want: applied ML role closer to product, ideally recommender / personalisation",
        "Sure. I'm Priya Raman. I studied computer science at IIT Madras, then spent three "
        "years as a backend engineer at a travel booking startup, mostly Go and Postgres. "
        "About two years ago I moved into data science, and I'm now at an insurance company "
        "working on pricing models; we moved them from GLMs to LightGBM and improved the loss "
        "ratio by around four percent. Alongside work I did Georgia Tech's online master's in "
        "analytics, which I finished last year. Now I'd like an applied ML role closer to the "
        "product, ideally recommendations or personalisation.",
        "I'm Priya, I'm a data scientist at an insurance company, and before that I did some "
        "engineering.",
        "I'm Priya Raman. I studied statistics at Stanford and went straight into data science "
        "at a travel startup, where I've been for five years building recommender systems. "
        "I've never worked as an engineer, and now I'd like to move into insurance pricing.",
        "I'm really interested in how recommender systems deal with cold start, things like "
        "using content features and contextual bandits for new items, and lately I've been "
        "reading about two-tower retrieval models and how they're served with approximate "
        "nearest neighbour search.",
        "Sure, a quick overview of my background. My background, quickly: this is an overview "
        "of my background, so that's my background, quickly overviewed.",
    ),
]
