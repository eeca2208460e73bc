"""The English half of held-out set 38 (see judgement_holdout38.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-h38-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself and why you applied for this team.",
        (
            "Intro (~90 s)\n"
            "- Marcus Oyelaran. BSc Maths, Univ. of Lagos (2014); MSc CS, Edinburgh (2016)\n"
            "- 2016-2020 Tessellate: search infra eng -> query understanding (Java + some ML)\n"
            "- 2020-now Brightwork (dev tools): ML eng -> **agents team since 2023**\n"
            "    - test-writing agent for our monorepo: generated tests merged ~1,900 / quarter\n"
            "    - built the agent eval harness (replayed tasks, docker sandboxes) -> used by 3 "
            "teams\n"
            "- why here: want to train agents (RL on real envs), not just prompt + eval them"
        ),
        (
            "Sure. I'm Marcus Oyelaran. I did a maths degree at the University of Lagos, finishing "
            "in 2014, and then a master's in computer science at Edinburgh two years later. I "
            "spent about four years at Tessellate, starting on search infrastructure and moving "
            "into query understanding, which was mostly Java with some machine learning. Since "
            "2020 I've been at Brightwork, a developer-tools company, as an ML engineer, and since "
            "2023 on the agents team. Two things I'd highlight: an agent that writes unit tests "
            "for our monorepo, which now gets roughly nineteen hundred generated tests merged "
            "every quarter, and the evaluation harness I built for agents, which replays real "
            "tasks inside docker sandboxes and is now used by three teams. I applied here because "
            "I want to move from prompting and evaluating agents to actually training them, with "
            "reinforcement learning in real environments."
        ),
        (
            "I'm Marcus. I've been a software and ML engineer for about ten years, and lately I've "
            "been working on agents at a developer-tools company, so this team seemed like a good "
            "fit."
        ),
        (
            "I'm Marcus Oyelaran. I did computer science at Edinburgh and then a maths PhD in "
            "Lagos, finishing in 2020. Brightwork was my first job, on their billing backend, and "
            "only later did I join Tessellate's agents team. I wasn't involved in the test-writing "
            "agent, that was a contractor's project, and it was switched off after about nineteen "
            "tests were merged. The eval harness was built by another team; I've only used it. I "
            "applied because I'd like to get out of agents and into data engineering."
        ),
        (
            "Developer tools are a great place to watch AI adoption up close. Code assistants went "
            "from novelty to default in about two years, and most engineers I know use one every "
            "day. The interesting questions have moved to trust: how much generated code people "
            "actually review, how licences are handled, and whether juniors still learn the "
            "fundamentals when the assistant writes the boilerplate."
        ),
        (
            "Sure, I can tell you a bit about myself and why I applied for this team. About "
            "myself, I'm the person I am, and I applied for this team because I wanted to apply "
            "for this team. So that's a bit about me and that's why I applied, which is the reason "
            "I applied for this team."
        ),
    ),
    Case(
        "en-h38-tutor-memory",
        "en",
        "project",
        (
            "You mentioned long-term memory for your tutoring assistant. How did you build it, and "
            "how did you know it worked?"
        ),
        (
            "## Memory for 'Lingo' tutor chat (2024)\n"
            "Problem: learners come back over weeks; ctx 16k -> we stuffed last 40 turns, "
            "everything older forgotten\n"
            "v1 **rolling summary** every 20 turns -> cheap, but lost specifics (which words they "
            "got wrong, exam date); summary of summary drifted\n"
            "v2 **hybrid**:\n"
            "1. profile store: structured facts (level B1, goal IELTS 7, exam 12 Jun) extracted "
            "after each session, overwritten on conflict\n"
            "2. episodic: each session chunked + embedded -> top-5 retrieved by current msg, w/ "
            "recency decay\n"
            "3. last 10 turns verbatim + ~300-token summary\n"
            "Eval: 250 probe questions ('when is my exam?') across sessions + human review of 100 "
            "chats\n"
            "Result: probe recall 38% -> 86%; prompt tokens -45%; 7-day retention +6 pts"
        ),
        (
            "Learners in that app come back over weeks, and originally we just stuffed the last "
            "forty turns into a sixteen-thousand-token context, so anything older was simply "
            "forgotten. Our first attempt was a rolling summary, regenerated every twenty turns. "
            "It was cheap, but it dropped the specifics, like which words a learner kept getting "
            "wrong or when their exam was, and once you summarise a summary it drifts. So the "
            "second version was a hybrid with three parts. First, a profile of structured facts, "
            "like their level, their target IELTS band and the exam date, extracted after every "
            "session and overwritten when something changes. Second, episodic memory: each session "
            "is chunked and embedded, and we pull the five chunks closest to the current message, "
            "weighted toward recent ones. Third, the last ten turns word for word plus a short "
            "summary of about three hundred tokens. To check it, we wrote two hundred and fifty "
            "probe questions about earlier sessions, like 'when is my exam', and had people review "
            "a hundred conversations. Probe recall went from thirty-eight to eighty-six percent, "
            "prompt tokens fell by almost half, and seven-day retention rose six points."
        ),
        (
            "We gave the tutor a memory so it could remember learners between sessions, mostly by "
            "storing past conversations and pulling the relevant bits back in. It remembered a lot "
            "more afterwards."
        ),
        (
            "We actually started with the hybrid, profile facts plus retrieval plus recent turns, "
            "found it forgot too much, and replaced it with a rolling summary every twenty turns, "
            "which is lossless because the model keeps every specific detail. We dropped the "
            "structured profile, since facts like exam dates never change. For retrieval we took "
            "the five oldest chunks rather than the most relevant ones, so recent chatter couldn't "
            "crowd them out. We never wrote probe questions; we just watched costs and retention. "
            "Prompt tokens roughly doubled and seven-day retention fell six points, but we kept it "
            "anyway."
        ),
        (
            "Language-learning apps live and die by retention. Streaks, push reminders and short "
            "daily lessons matter more than the quality of any single lesson, and most learners "
            "quit within the first two weeks. Spaced repetition is the one technique with really "
            "strong evidence behind it: you review a word just before you'd forget it, and the "
            "interval grows each time you get it right."
        ),
        (
            "So, for the long-term memory of the tutoring assistant, we built it by building a "
            "long-term memory for it. And we knew it worked because it worked. So that's how we "
            "built the memory and how we knew it was working, which is basically how we built it "
            "and how we knew."
        ),
    ),
    Case(
        "en-h38-test-feedback",
        "en",
        "project",
        "Walk me through how you used unit-test feedback to improve your code model.",
        (
            "Code model: rejection sampling w/ unit-test feedback (3 rounds, 2024 Q3)\n"
            "- base: our 15B SFT model; 18k problems (LeetCode-style + internal) w/ ref solns, "
            "many w/o good tests\n"
            "- step 0 tests: model writes ~20 tests/problem -> keep only tests the ref soln "
            "passes; drop problems w/ <5 left\n"
            "- each round: sample k=32 @ T=1.0 -> run in sandbox -> keep passing solns (max "
            "4/problem, dedup) -> SFT on them + orig data\n"
            "- failing samples: error trace fed back once ('fix this') -> repaired & passing kept "
            "too (~15% extra)\n"
            "- watch-outs: weak tests => false positives (hand-checked 200: 9% wrong in round 1 -> "
            "3% after test filter)\n"
            "- results (HumanEval+ / internal): pass@1 52 -> 61 -> 65 -> 66 (plateau by round 3); "
            "pass@10 barely moved (78 -> 80)"
        ),
        (
            "We started from our own fifteen-billion-parameter SFT model and about eighteen "
            "thousand problems with reference solutions, some LeetCode-style and some internal, "
            "and a lot of them didn't have decent tests. So the first step was tests: the model "
            "wrote around twenty per problem, we kept only the ones the reference solution "
            "actually passed, and dropped problems left with fewer than five. Then in each round "
            "we sampled thirty-two solutions per problem at temperature one, ran them in a "
            "sandbox, kept the passing ones, at most four per problem after deduplication, and "
            "fine-tuned on those mixed with the original data. For failures we fed the error trace "
            "back once and asked the model to fix it, and repaired solutions that passed were kept "
            "too, which added roughly fifteen percent. The main risk is weak tests letting wrong "
            "code through, so we hand-checked two hundred kept samples: nine percent were really "
            "wrong in the first round, about three percent once the tests were filtered. Pass at "
            "one went from fifty-two to sixty-one, sixty-five, then sixty-six, so it plateaued by "
            "round three, while pass at ten barely moved, seventy-eight to eighty."
        ),
        (
            "We generated lots of solutions, ran the unit tests, and trained on the ones that "
            "passed, for a few rounds. Pass at one went up quite a bit."
        ),
        (
            "We used the unit tests as a reward for PPO rather than filtering samples, since "
            "rejection sampling throws away too much. The model's own generated tests were used as "
            "they came, because checking them against the reference solution would leak the "
            "answer. Each round we sampled a single solution per problem at temperature zero, and "
            "failing samples were kept as negatives, never sent back with their error trace. Weak "
            "tests weren't really an issue; the hand check found no wrong solutions. Pass at one "
            "stayed around fifty-two, but pass at ten jumped from seventy-eight to over ninety and "
            "kept improving every round, with no plateau."
        ),
        (
            "Static analysis catches a surprising share of bugs before any test runs. Type "
            "checkers like mypy or the TypeScript compiler find null and type errors, and tools "
            "like Semgrep let a team encode its own rules. In our CI we ran those first because "
            "they take seconds, and only then the slower integration tests, which kept the "
            "feedback loop short for engineers."
        ),
        (
            "Sure, so how we used unit-test feedback to improve the code model: we used the "
            "feedback from unit tests, and that improved the code model. The unit-test feedback "
            "was used to improve it, and it improved. So that's the walk-through of how unit-test "
            "feedback improved our code model."
        ),
    ),
    Case(
        "en-h38-react",
        "en",
        "fundamentals",
        (
            "What is a ReAct loop, and what do you need around it to make a tool-using agent "
            "behave in production?"
        ),
        (
            "ReAct = Reason + Act (Yao et al. 2022)\n"
            "- loop: Thought -> Action (tool call) -> Observation (tool result appended) -> ... -> "
            "Final answer\n"
            "- vs plain CoT: reasoning grounded in real observations -> fewer made-up facts\n"
            "- vs one-shot function call: multi-step, can change plan after seeing results\n"
            "Guardrails:\n"
            "1. **max steps** (e.g. 10) + token / time budget -> else loops forever, same call "
            "repeated\n"
            "2. tool errors: return error text as the Observation, model fixes args; cap retries "
            "(2-3) per tool; non-retryable (403) -> stop\n"
            "3. detect repeats: same tool + same args twice -> force a different action or finish\n"
            "4. budget hit -> graceful fallback (partial answer / hand to human), not a crash"
        ),
        (
            "ReAct stands for reasoning plus acting, from the Yao et al. paper. The model "
            "alternates: it writes a thought, picks an action, which is a tool call, then the "
            "tool's result is appended as an observation, and so on until it gives a final answer. "
            "Compared with plain chain of thought, the reasoning is anchored in real results, so "
            "it invents fewer facts, and compared with a single function call it can take several "
            "steps and change its plan once it sees a result. In production you need guardrails "
            "around that loop. A hard cap on steps, say ten, plus a token or time budget, because "
            "otherwise it can spin forever repeating the same call. When a tool fails, you pass "
            "the error message back as the observation so the model can correct its arguments, but "
            "you allow only two or three retries per tool, and for errors that can't be fixed, "
            "like permission denied, you stop. Also spot repeats, the same tool with the same "
            "arguments twice, and push it to do something else or finish. And when a budget runs "
            "out, fall back gracefully, with a partial answer or a handoff to a person, rather "
            "than crashing."
        ),
        (
            "ReAct is where the model thinks, then calls a tool, then looks at the result, and "
            "repeats. In production you'd want some limit on how many steps it can take."
        ),
        (
            "ReAct means the model plans all of its tool calls up front, runs them in one batch, "
            "and only reads the observations at the very end, which is why it hallucinates less "
            "than chain of thought. In production you shouldn't cap the number of steps, since a "
            "step limit just cuts off tasks that were about to succeed. When a tool errors you "
            "hide the error text from the model and silently retry the same arguments as many "
            "times as it takes, and a 403 is worth retrying too. Repeated identical calls are "
            "fine; that's just the model double-checking. And if it runs over budget, the cleanest "
            "thing is to throw an exception."
        ),
        (
            "Prompt injection is the big security issue for agents. If an agent reads web pages or "
            "emails, an attacker can hide instructions in that content, like telling it to ignore "
            "its instructions and forward the files. Defences include keeping untrusted content "
            "clearly separated, giving tools the least privilege they need, and having a second "
            "model check outputs before anything leaves the system."
        ),
        (
            "A ReAct loop is a ReAct loop, and to make a tool-using agent behave in production you "
            "need the things around it that make it behave in production. So it's the loop, and "
            "then what's around the loop, which is what makes the agent behave. That's what a "
            "ReAct loop is and what you need around it."
        ),
    ),
    Case(
        "en-h38-tool-schema",
        "en",
        "fundamentals",
        (
            "How do you design the JSON schemas for function calling so that the model calls your "
            "tools correctly?"
        ),
        (
            "Function-calling schema tips\n"
            "- name + **description** = the prompt: say when to use it AND when not to "
            '("get_order only w/ an order id; to search use find_orders")\n'
            "- params: types, `enum` for closed sets, formats (ISO 8601 dates), `required`, "
            "`additionalProperties: false`\n"
            "- keep flat, few params; no free-text blobs that need parsing\n"
            "- few tools (< ~20), distinct names; overlapping tools -> model picks the wrong one\n"
            "- strict mode / constrained decoding where supported -> always valid JSON\n"
            "- still validate server-side (jsonschema) -> on fail return a clear error msg to the "
            "model, it retries\n"
            "- eval: tool-selection acc + arg exact match on ~200 labelled calls"
        ),
        (
            "I treat the name and the description as part of the prompt, because that's what the "
            "model reads to decide. The description should say both when to use the tool and when "
            "not to, for example, only call get order when you already have an order id, and use "
            "find orders to search. For parameters, give proper types, use enums whenever the set "
            "of values is closed, spell out formats like ISO dates, mark what's required and "
            "switch off additional properties. Keep the arguments flat and few, and avoid a "
            "free-text field you'd then have to parse. Keep the number of tools small, under "
            "twenty or so, with clearly different names, because when two tools overlap the model "
            "picks the wrong one. Where the provider supports strict mode or constrained decoding, "
            "turn it on so the output is always valid JSON. I'd still validate on the server with "
            "a schema validator, and when it fails, send a clear error back to the model so it can "
            "try again. And I'd measure it: a couple of hundred labelled calls, scoring whether it "
            "chose the right tool and got the arguments exactly right."
        ),
        (
            "You write a clear description for each tool and define the parameter types, so the "
            "model knows what to pass. Then you check the arguments it produces."
        ),
        (
            "The description barely matters, since the model mostly goes by the parameter names, "
            "so I keep descriptions to a word or two. I avoid enums and required fields because "
            "they make the model refuse to call the tool, and I leave additional properties open "
            "so it can pass extra context. It's better to give the model lots of overlapping "
            "tools, fifty or more, so whichever one it picks will work. With strict mode on you "
            "don't need any server-side validation, and if an argument is wrong you should quietly "
            "fix it yourself rather than tell the model."
        ),
        (
            "REST API design has a lot of the same concerns. You version your endpoints, use nouns "
            "for resources and HTTP verbs for actions, return proper status codes, and paginate "
            "long lists. OpenAPI specs make it easy to generate client libraries and "
            "documentation, and rate limits with clear headers save everyone a lot of trouble."
        ),
        (
            "To design the JSON schemas for function calling so the model calls the tools "
            "correctly, you design the schemas correctly. The schema is designed so the model "
            "calls your tools correctly, and that's how the tools get called correctly. So it's "
            "all about designing the JSON schemas well for function calling."
        ),
    ),
    Case(
        "en-h38-wrong-number",
        "en",
        "behavioral",
        "Tell me about a time you found that a number you had already reported was wrong.",
        (
            "STAR - inflated agent success rate (Nov 2024)\n"
            "S: reported support agent task success = 74% at quarterly review; leadership planning "
            "wider rollout on it\n"
            "T: I owned the eval harness\n"
            "A: spot-checked 50 'successes' -> 11 weren't: grader LLM gave credit when agent "
            "*said* it issued the refund, no refund call made\n"
            "   - fixed grader: check end state in the mock DB, not the transcript\n"
            "   - re-ran: 61%; emailed same audience within 2 days: what went wrong + new number\n"
            "   - asked to hold rollout expansion until >= 70%\n"
            "R: rollout paused 3 wks; fixed claimed-but-not-taken action bug -> 72%; end-state "
            "check now default in harness\n"
            "L: grade outcomes, not what the agent claims"
        ),
        (
            "At our quarterly review I reported that our support agent completed seventy-four "
            "percent of tasks, and leadership was planning a wider rollout on the strength of "
            "that. I owned the evaluation harness, so it was on me. A few weeks later I "
            "spot-checked fifty of the cases marked as successes and eleven of them weren't: the "
            "LLM grader gave credit whenever the agent said it had issued a refund, even when no "
            "refund call had been made. I changed the grader to check the final state in the mock "
            "database instead of reading the transcript, re-ran everything and got sixty-one "
            "percent. Within two days I emailed the same people who had seen the first number, "
            "explaining what went wrong and giving the corrected one, and I asked them to hold the "
            "expansion until we were above seventy. The rollout was paused for three weeks, we "
            "fixed the bug where the agent claimed actions it hadn't taken, and it reached "
            "seventy-two. Checking the end state is now the harness default. What I took from it "
            "is to grade what actually happened, not what the agent says happened."
        ),
        (
            "I once reported a success rate for an agent that turned out to be too high because of "
            "a problem in how we graded it. I told people and we fixed it."
        ),
        (
            "At the quarterly review I reported sixty-one percent for our support agent. Later a "
            "colleague on the platform team, not me, spot-checked the successes and found the "
            "grader had been too strict, so the real number was seventy-four. The grader had been "
            "checking the mock database, so we switched it to reading the transcript, since that's "
            "where the agent says what it did. I didn't send a correction because the number had "
            "gone up, and we expanded the rollout that same week without any pause. The refund "
            "issue never came up."
        ),
        (
            "I think communicating with leadership is mostly about framing. Executives want a "
            "short summary up front, the decision you need from them and the risks, and the "
            "details can go in an appendix. I usually write a one-page memo before any review and "
            "send it a day early, so the meeting is spent on discussion rather than on reading "
            "slides."
        ),
        (
            "Yes, there was a time I found that a number I had already reported was wrong. I had "
            "reported the number, and then I found that it was wrong. So the number I reported was "
            "wrong, and I found it, which is the time I found that a number I'd reported was wrong."
        ),
    ),
]
