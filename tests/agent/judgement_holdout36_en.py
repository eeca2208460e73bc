"""The English half of held-out set 36 (see judgement_holdout36.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h36-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and why you're interested in this role.",
        (
            "Intro (~90s)\n"
            "- Daniel Okafor. BSc Statistics, Univ. of Lagos (2013); MSc Operations Research, "
            "Georgia Tech (2016)\n"
            "- 2016-2019 FreightLoop (logistics): weekly shipment-volume forecasts per lane\n"
            "    * ARIMA per lane -> one global gradient-boosting model, WAPE 22% -> 15%\n"
            "- 2019-now Cloudmesh (infra): ML for observability\n"
            "    * anomaly detection on ~40k service metrics -> pages -60%\n"
            "    * GPU capacity forecasting, 8-week horizon -> fed the quarterly purchase plan\n"
            "- why here: foundation models for time series; generative models for forecasting"
        ),
        (
            "Sure. I'm Daniel Okafor. I studied statistics at the University of Lagos, finishing "
            "in 2013, and then did a master's in operations research at Georgia Tech, which I "
            "finished in 2016. My first job was at FreightLoop, a logistics company, where for "
            "three years I forecast weekly shipment volumes for each lane. We started with a "
            "separate ARIMA model per lane and I replaced that with a single global "
            "gradient-boosting model, which took the weighted error from about twenty-two percent "
            "down to fifteen. Since 2019 I've been at Cloudmesh doing machine learning for "
            "observability: anomaly detection over roughly forty thousand service metrics, which "
            "cut the number of pages by more than half, and forecasting GPU capacity about two "
            "months ahead so it can feed the quarterly purchase plan. I'm interested in this role "
            "because I want to work on foundation models for time series and on using generative "
            "models for forecasting."
        ),
        (
            "I'm Daniel. I've worked on forecasting and anomaly detection for about ten years, "
            "first in logistics and now at an infrastructure company, and I'd like to do more with "
            "foundation models."
        ),
        (
            "I'm Daniel Okafor. I did my bachelor's in operations research at Georgia Tech and a "
            "PhD in statistics in Lagos, finishing in 2019. I went straight to Cloudmesh, where I "
            "work on the billing frontend; the anomaly detection there is bought from a vendor and "
            "our page volume actually went up by sixty percent. Before that I was at FreightLoop, "
            "where we moved from one gradient-boosting model to separate ARIMA models per lane and "
            "the error went from fifteen percent to twenty-two. I'm interested in this role "
            "because I want to move into mobile development."
        ),
        (
            "Observability is a fascinating space right now. Most companies have moved from plain "
            "metrics to the three pillars of metrics, logs and traces, and OpenTelemetry has "
            "become the standard way to instrument services. The hard problem is cost: "
            "high-cardinality labels blow up storage, so teams spend a lot of effort on sampling "
            "traces and dropping unused metrics."
        ),
        (
            "Sure, a bit about myself and why I'm interested in this role. Myself, well, I am who "
            "I am, and I'm interested in this role because it's the role I'm interested in. So "
            "that's a bit about me, and that's why I'm interested in the role."
        ),
    ),
    Case(
        "en-h36-controlnet",
        "en",
        "project",
        (
            "Walk me through your ControlNet project. What did you condition on, and how did you "
            "train it?"
        ),
        (
            "## Interior redesign renders (ControlNet on SD 1.5)\n"
            'Goal: user uploads a room photo -> restyled render ("Scandinavian", "industrial") '
            "that KEEPS the layout (walls, windows, furniture positions)\n"
            "- Conditioning: **depth map** (MiDaS) + **MLSD straight lines**\n"
            "    * canny tried first -> copied clutter & old textures, too strict\n"
            "- Trained our own line ControlNet on ~60k (image, line map, caption) pairs\n"
            "    * trainable copy of the UNet encoder; base SD weights frozen\n"
            "    * zero convolutions -> starts as a no-op, can't wreck the base model early on\n"
            '    * ~2 days on 8xA100; "sudden convergence" around step 6k\n'
            "- Inference: multi-ControlNet, depth weight 1.0 / lines 0.6; control stops at 80% of "
            "steps -> last steps free to fix textures\n"
            "- Eval: layout IoU (wall/window segmentation, input vs output) + user A/B\n"
            "- Result: layout IoU 0.61 -> 0.83; render accepted 34% -> 57%"
        ),
        (
            "The product let someone upload a photo of their room and get it back in a new style, "
            "say Scandinavian or industrial, while the walls, windows and furniture stayed where "
            "they were. We conditioned on two things: a depth map from MiDaS and a straight-line "
            "map from MLSD. We tried Canny edges first, but they copied every bit of clutter and "
            "old texture, so they were too strict. I trained our own line ControlNet on about "
            "sixty thousand triples of image, line map and caption. The idea is that you make a "
            "trainable copy of the UNet's encoder, keep Stable Diffusion itself frozen, and join "
            "them through zero convolutions, so at the start the control branch does nothing and "
            "can't damage the base model. It took about two days on eight A100s, and it clicked "
            "quite suddenly, around six thousand steps. At inference we stacked both, depth at "
            "full weight and lines at point six, and dropped the control for the last fifth of the "
            "steps so textures could be cleaned up. Layout IoU went from point six one to point "
            "eight three, and the share of renders users accepted rose from about a third to over "
            "half."
        ),
        (
            "We used ControlNet with a depth map so the generated room kept its layout, and we "
            "trained our own version on our data. It kept the structure much better than plain "
            "Stable Diffusion."
        ),
        (
            "We restyled room photos with ControlNet on SD 1.5. We conditioned on Canny edges, "
            "because depth maps from MiDaS copied too much clutter, and we never used line maps. "
            "For training we fine-tuned the whole base Stable Diffusion model and kept the "
            "ControlNet copy frozen. The zero convolutions are there so the control signal "
            "dominates right from the first step, which is why training converged smoothly and "
            "gradually over about sixty thousand steps. At inference we kept control on for every "
            "step at full weight. We judged it by FID only, and layout IoU actually dropped from "
            "point eight three to point six one."
        ),
        (
            "Interior design is a great fit for generative AI because people struggle to picture a "
            "space before they buy furniture. Retailers like IKEA already let you place items in "
            "your room through AR on your phone, and a lot of the value comes from linking the "
            "render to products you can actually buy, with the right dimensions and prices."
        ),
        (
            "Sure, I'll walk you through the ControlNet project. What we conditioned on was the "
            "conditioning, and how we trained it was by training it. So the ControlNet project was "
            "about conditioning and training, and that's the walk-through of the ControlNet "
            "project."
        ),
    ),
    Case(
        "en-h36-gpu-anomaly",
        "en",
        "project",
        "How did you build anomaly detection for the GPU fleet's telemetry?",
        (
            "GPU fleet health: anomaly detection on node telemetry (~2,500 nodes x 8 GPUs)\n"
            "Problem: one slow/failing GPU stalls a whole training job; static thresholds (temp > "
            "85C) -> noisy AND late\n"
            "Signals (1-min): SM util, power, temp, ECC error count, NVLink / NCCL bandwidth, step "
            "time\n"
            "1. **Peer comparison**: nodes in the same job should look alike -> robust z-score vs "
            "job median (MAD) -> catches stragglers\n"
            "2. Per-node history: STL (daily seasonality) + threshold on residual -> slow drifts\n"
            "3. Multivariate: small LSTM autoencoder on 30-min windows; HIGH reconstruction error "
            "= odd combos (power down + temp up)\n"
            "- page only if it persists >= 10 min AND 2 of 3 detectors agree\n"
            "- labels: past RMA tickets + ~300 hand-labelled incidents\n"
            "Result (backtest): precision ~0.7 @ recall 0.85; median 40 min warning before job "
            "failure; pages -70%"
        ),
        (
            "The problem was that a single slow or failing GPU stalls an entire training job, and "
            "the static thresholds we had, like temperature above eighty-five, were both noisy and "
            "too late. We collected per-minute signals: utilisation, power, temperature, ECC error "
            "counts, NVLink and NCCL bandwidth, and step time, across about twenty-five hundred "
            "nodes. I combined three detectors. The most useful was comparing peers: nodes running "
            "the same job should behave alike, so a robust z-score against the job's median using "
            "the median absolute deviation finds stragglers quickly. Second, each node against its "
            "own history, with an STL decomposition to remove the daily cycle and a threshold on "
            "what's left, which catches slow drift. Third, a small LSTM autoencoder over half-hour "
            "windows, where a large reconstruction error flags odd combinations, like power "
            "dropping while temperature climbs. We only paged when an alert lasted at least ten "
            "minutes and two of the three agreed. On a backtest labelled with old hardware-return "
            "tickets and about three hundred hand-labelled incidents, we got around seventy "
            "percent precision at eighty-five percent recall, a median of forty minutes' warning, "
            "and seventy percent fewer pages."
        ),
        (
            "We monitored things like GPU temperature and utilisation and flagged nodes that "
            "looked different from the others, which caught failing GPUs earlier than fixed "
            "thresholds."
        ),
        (
            "We found that static thresholds, like temperature above eighty-five, were actually "
            "the most reliable, so they stayed the core. On top of that we compared each node only "
            "with its own history; comparing nodes in the same job doesn't work because they never "
            "look alike. We also trained an LSTM autoencoder on the telemetry windows and flagged "
            "windows with low reconstruction error, since those are the ones the model finds "
            "suspicious. Any single detector could page immediately, with no persistence window. "
            "We had no labels, so we never backtested it, and pages went up about seventy percent."
        ),
        (
            "GPU reliability is a big issue in large-scale training. Meta reported that on their "
            "large Llama runs there was an unexpected interruption every few hours, mostly from "
            "faulty GPUs and memory. That's why frequent checkpointing matters so much, and why "
            "people are moving to asynchronous checkpoints that write to local disk first and then "
            "upload in the background."
        ),
        (
            "So, how we built anomaly detection for the GPU fleet's telemetry. We built it to "
            "detect anomalies in the telemetry of the GPU fleet. Basically, the anomaly detection "
            "looked at the telemetry and detected the anomalies, and that's how we built it for "
            "the fleet."
        ),
    ),
    Case(
        "en-h36-backtest",
        "en",
        "fundamentals",
        (
            "How do you set up backtesting for a forecasting model? Why not just use k-fold "
            "cross-validation?"
        ),
        (
            "Backtesting = time-series CV\n"
            "- plain k-fold shuffles -> train on the future, test on the past -> leakage, too "
            "optimistic; autocorrelation means neighbours aren't independent\n"
            "- **rolling origin**: train up to T, forecast T+1..T+h, move origin forward, repeat\n"
            "    * expanding window (all history) vs sliding window (fixed length, when the regime "
            "changes)\n"
            "- gap between train end and first test point = data latency / lead time\n"
            "- test horizon per fold = real forecast horizon; step between origins ~ retrain "
            "cadence\n"
            "- enough folds to cover seasons + special periods (e.g. 12 weekly folds incl. "
            "holidays)\n"
            "- recompute lags / scalers / target encodings inside each fold, past data only\n"
            "- report metric per fold + spread, not just the mean"
        ),
        (
            "Ordinary k-fold shuffles the rows, so you end up training on the future and testing "
            "on the past, which leaks information and makes the score look better than it will be. "
            "Nearby points are also correlated, so the folds aren't really independent. Instead I "
            "use a rolling origin: train on everything up to some cut-off, forecast the next h "
            "steps, then move the cut-off forward and repeat. The training window can grow each "
            "time or slide with a fixed length, which helps if the data's behaviour has changed. I "
            "leave a gap after the cut-off equal to the data delay or lead time, make each test "
            "window as long as the real forecast horizon, and step the origin at about the rate we "
            "retrain. You want enough folds to cover the seasons and special periods, for example "
            "twelve weekly folds including holidays. Lag features, scalers and target encodings "
            "have to be rebuilt inside each fold from past data only. And I report every fold's "
            "error and the spread, not just an average."
        ),
        (
            "You split by time instead of randomly, so you always train on the past and test on "
            "the future, because shuffling would leak information."
        ),
        (
            "Honestly, shuffled k-fold is fine for forecasting as long as you have lag features, "
            "because the lags make each row independent, so there's no leakage to worry about. If "
            "you do a rolling origin, you should always use a sliding window rather than "
            "expanding. There's no need for a gap between training and test, and the test window "
            "can be one step even if you forecast eight weeks ahead. It's fine to compute scalers "
            "and lag features once on the whole dataset before splitting, and just report the mean "
            "score across folds."
        ),
        (
            "For forecasting I usually start with simple baselines, like a seasonal naive forecast "
            "that repeats last week's values, before trying anything fancier. Libraries like "
            "statsforecast make it cheap to fit exponential smoothing or Theta models on thousands "
            "of series, and surprisingly often they're hard to beat."
        ),
        (
            "Backtesting for a forecasting model, yes. You set it up as a backtest, and the reason "
            "not to just use k-fold cross-validation is that it's k-fold cross-validation. So the "
            "backtest is set up as a backtest for the forecasting model."
        ),
    ),
    Case(
        "en-h36-stationarity",
        "en",
        "fundamentals",
        (
            "What does it mean for a time series to be stationary, and how does that relate to the "
            "d in ARIMA?"
        ),
        (
            "stationarity\n"
            "- weak stationarity: constant mean, constant variance, autocovariance depends only on "
            "the lag (not on time)\n"
            "- why it matters: ARMA assumes it; non-stationary -> spurious regression, forecasts "
            "drift off\n"
            "- check: plot + **ADF test** (H0 = unit root = non-stationary; p < 0.05 -> reject -> "
            "stationary); KPSS = opposite H0\n"
            "- fix:\n"
            "    * differencing y_t - y_{t-1} removes trend / unit root -> **d = number of "
            "differences** (usually 0-2)\n"
            "    * seasonal diff y_t - y_{t-12} -> D in SARIMA\n"
            "    * log / Box-Cox for variance that grows with the level\n"
            "- over-differencing -> adds MA structure, inflates variance (lag-1 ACF near -0.5)"
        ),
        (
            "A series is weakly stationary if its mean and variance don't change over time and the "
            "covariance between two points depends only on how far apart they are, not on when. It "
            "matters because ARMA models assume it, and if you regress one trending series on "
            "another you can get spurious relationships. I'd look at a plot and run an augmented "
            "Dickey-Fuller test, whose null hypothesis is a unit root, so a small p-value means "
            "you reject non-stationarity; KPSS has it the other way round, so the two are nice to "
            "run together. The usual fix for a trend or a unit root is differencing, subtracting "
            "the previous value, and the d in ARIMA is just how many times you difference, "
            "normally zero, one or two. Seasonal differencing, like subtracting the value twelve "
            "months earlier, is the capital D in SARIMA, and a log or Box-Cox transform handles "
            "variance that grows with the level. You shouldn't overdo it: differencing too much "
            "adds moving-average structure and more variance, and a lag-one autocorrelation near "
            "minus a half is the warning sign."
        ),
        (
            "Stationary means the statistics of the series don't change over time. If it isn't, "
            "you difference it, and d is related to that."
        ),
        (
            "Stationary means the series has no noise, just a constant level. To check it, you run "
            "the ADF test, whose null hypothesis is that the series is stationary, so a p-value "
            "below 0.05 tells you it's non-stationary. The d in ARIMA is the number of "
            "autoregressive lags you include. Differencing is what you use when the variance grows "
            "with the level, while a log transform removes the trend. And you can't really "
            "over-difference; extra differencing just makes the series cleaner."
        ),
        (
            "ARIMA has largely been replaced in industry by global models. Instead of fitting one "
            "model per series, you train a single gradient-boosting model or a neural network like "
            "N-BEATS across thousands of series, which shares information and handles short "
            "histories much better. More recently there are pretrained models like Chronos and "
            "TimesFM that can forecast zero-shot."
        ),
        (
            "Good question. For a time series to be stationary means it is stationary, and that "
            "relates to the d in ARIMA because d is in ARIMA. So stationarity is about being "
            "stationary, and the d relates to it, as I said."
        ),
    ),
    Case(
        "en-h36-pushback",
        "en",
        "behavioral",
        (
            "Tell me about a time you pushed back on a stakeholder who wanted to ship something "
            "quickly."
        ),
        (
            "S: Q3 2024, marketplace. Growth PM wanted AI lifestyle images (SDXL) on ALL 2M "
            "listings before Black Friday (~5 wks)\n"
            "T: I owned the generation pipeline; full launch looked risky\n"
            "A:\n"
            " - sampled 500 outputs, 2 raters -> **18% defective**: warped logos, garbled text on "
            "packaging, wrong product colour\n"
            " - showed PM the worst 20 next to the seller's photo; legal: colour mismatch = "
            "misrepresentation risk\n"
            " - counter-proposal: auto-filter (CLIP similarity to original + OCR text check) + "
            "seller opt-in; start w/ 3 categories (home decor, furniture, plants) where defects < "
            "5%\n"
            " - agreed kill switch + weekly defect audit\n"
            'R: live on ~300k listings on time; CTR +3.1% there; "not as described" returns '
            "flat; 9 categories by Feb"
        ),
        (
            "Last year, about five weeks before Black Friday, our growth PM wanted AI-generated "
            "lifestyle photos on every one of our two million listings. I owned the generation "
            "pipeline and thought a full launch was risky, so before arguing I measured it: two of "
            "us rated five hundred random outputs and nearly a fifth had real defects, like warped "
            "logos, gibberish text on packaging, or the product in the wrong colour. I put the "
            "twenty worst next to the sellers' own photos for the PM, and legal pointed out that a "
            "wrong colour could count as misrepresenting the product. Rather than just saying no, "
            "I proposed an automatic filter that checks CLIP similarity to the original and runs "
            "OCR on any text, made it opt-in for sellers, and started with home decor, furniture "
            "and plants, where defects were under five percent. We also agreed on a kill switch "
            "and a weekly audit. We launched on time on about three hundred thousand listings, "
            "click-through rose about three percent there, returns for items not as described "
            "didn't move, and by February it covered nine categories."
        ),
        (
            "A PM wanted to launch AI-generated product images everywhere before Black Friday. I "
            "thought the quality wasn't there, so we launched on fewer listings first."
        ),
        (
            "Before Black Friday our growth PM wanted AI lifestyle images on a few categories, and "
            "I was the one pushing to put them on all two million listings at once. We rated five "
            "hundred outputs and only about two percent had defects, so I saw no need for a "
            "filter, an opt-in or a kill switch, and legal wasn't involved. The PM pushed back on "
            "me, but we shipped everywhere in one go. Returns for items not as described went up, "
            "click-through dropped three percent, and we rolled it back in December."
        ),
        (
            "Black Friday is always intense in e-commerce. We usually freeze code two weeks "
            "before, run load tests at three times normal peak traffic, and keep an on-call rota "
            "with engineers from every team. The biggest risks tend to be checkout latency and "
            "payment provider outages, so we pre-scale the databases and agree fallbacks in "
            "advance."
        ),
        (
            "Sure, a time I pushed back on a stakeholder who wanted to ship something quickly. The "
            "stakeholder wanted to ship quickly, and I pushed back. So that was the time I pushed "
            "back on a stakeholder who wanted to ship something quickly, and I did push back."
        ),
    ),
]
