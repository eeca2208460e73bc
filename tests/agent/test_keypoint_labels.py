"""Key point labels read as a candidate reads them on the score card and in a follow-up:
each names what it is about, with no markdown left and no piece cut off."""

from __future__ import annotations

import re

from agent.keypoints import key_points, labels


def test_a_bold_subject_with_an_aside_stays_in_its_claim_and_names_the_bullets_under_it():
    notes = (
        "Pre-LN vs Post-LN\n"
        "**Post-LN**（原版 Transformer）：残差相加之后再做 LN\n"
        "  - 梯度回传要穿过一串 LN，层一深容易发散\n"
        "  - 必须 warmup\n"
        "**Pre-LN**（GPT-2 起）：先 LN 再进子层，残差主干是恒等映射\n"
        "  - 训得稳，warmup 可以很短甚至不要\n"
    )
    points = key_points(notes, 99)
    assert labels(points)[0] == "Post-LN（原版 Transformer）：残差相加之后再做 LN"
    assert [p.context for p in points[1:3]] == ["Post-LN", "Post-LN"]
    assert labels(points)[2].startswith("Post-LN") and labels(points)[2].endswith("必须 warmup")
    assert points[3].text.startswith("Pre-LN（GPT-2 起）：")
    assert points[4].context == "Pre-LN"


def test_a_bold_subject_followed_by_its_predicate_is_no_label_to_drop():
    notes = (
        "- **K-means** 是无监督学习算法，不需要事先标记的数据\n"
        "**Random forest** = bagging: many deep trees, each on a bootstrap sample\n"
    )
    assert labels(key_points(notes, 99)) == [
        "K-means 是无监督学习算法，不需要事先标记的数据",
        "Random forest = bagging: many deep trees, each on a bootstrap sample",
    ]


def test_a_bold_name_with_only_an_aside_is_the_heading_of_the_list_under_it():
    notes = "**WSD**（Warmup-Stable-Decay）\n1. Warmup：线性升到峰值\n2. Decay：最后一成步数衰减"
    points = key_points(notes, 99)
    assert [p.text for p in points] == ["Warmup：线性升到峰值", "Decay：最后一成步数衰减"]
    assert all(p.context.startswith("WSD") for p in points)


def test_a_bullet_nested_under_a_labelled_item_is_about_that_label():
    notes = (
        "多分类 vs 多标签\n"
        "- 多分类：类别互斥，一个样本只有一个标签\n"
        "- 多标签：一个样本可以同时有多个标签，每个标签独立 sigmoid\n"
        "  - 各标签概率各自在 0 到 1 之间，不要求和为 1\n"
        "- 评估：micro-F1、macro-F1\n"
    )
    points = key_points(notes, 99)
    assert points[2].context == "多标签"
    assert points[3].context == "多分类 vs 多标签"


def test_underscores_and_asterisks_of_a_formula_are_kept_and_emphasis_is_not():
    notes = (
        "- Post-LN：x_{l+1} = LN(x_l + F(x_l))，梯度要穿过一串 LN\n"
        "- EWC 的惩罚：λ/2 · Σ F_i (θ_i − θ*_i)²，对重要参数偏移罚得更重\n"
        "- z is *sampled*, so the plain gradient cannot flow to __phi__ at all\n"
    )
    assert labels(key_points(notes, 99)) == [
        "Post-LN：x_{l+1} = LN(x_l + F(x_l))，梯度要穿过一串 LN",
        "EWC 的惩罚：λ/2 · Σ F_i (θ_i − θ*_i)²，对重要参数偏移罚得更重",
        "z is sampled, so the plain gradient cannot flow to phi at all",
    ]


def test_not_equal_ends_no_sentence_and_an_exclamation_needs_no_semicolon():
    notes = (
        "- domain gap: user photos != studio photos, so we added review photos\n"
        "- 坑：时区！Hive 分区是 UTC+8，流里的时间戳是 UTC，窗口特征整整差 8 小时\n"
        "- 检测：模型在测试题上 ppl 异常低。Min-K% Prob\n"
    )
    assert labels(key_points(notes, 99)) == [
        "domain gap: user photos != studio photos, so we added review photos",
        "坑：时区！Hive 分区是 UTC+8，流里的时间戳是 UTC，窗口特征整整差 8 小时",
        "检测：模型在测试题上 ppl 异常低；Min-K% Prob",
    ]


def test_the_sentences_after_a_labelled_first_one_keep_its_label():
    notes = (
        "**流程**\n"
        "1. OCR：DBNet 检测 + SVTR 识别\n"
        "结果：字段 F1 0.87 → 0.94；单份 ~6s；人工复核量 -60%\n"
        "- INT4: more compression, larger error; usually weights only\n"
        "- A: 1. 1:1 with the lead first; asked what sales had promised\n"
    )
    points = key_points(notes, 99)
    found = labels(points)
    assert found[1:4] == ["结果：字段 F1 0.87 → 0.94", "结果：单份 ~6s", "结果：人工复核量 -60%"]
    assert found[5] == "INT4: usually weights only"
    assert points[-1].context == "流程"  # "1:1" is a ratio, no label


def test_an_arrow_or_a_labelled_connective_opening_a_line_leaves_no_residue():
    notes = (
        "Thompson sampling\n"
        "- each round: draw from every arm's posterior, play the best draw\n"
        "  -> probability matching: an arm is played as often as it is the best\n"
        "→ 正确类概率是 1-ε+ε/K，其他每类 ε/K\n"
        "另外：高频词 subsampling，按概率直接丢掉\n"
        "also: SAC policies use the same trick for their actions\n"
    )
    assert labels(key_points(notes, 99))[1:] == [
        "probability matching: an arm is played as often as it is the best",
        "正确类概率是 1-ε+ε/K，其他每类 ε/K",
        "另外：高频词 subsampling，按概率直接丢掉",
        "also: SAC policies use the same trick for their actions",
    ]


def test_a_star_letter_is_no_context_and_no_label():
    story = (
        "Code review conflict: ranking PR\n"
        "S: a senior engineer blocked my PR for nine days with forty comments\n"
        "A:\n"
        "- fixed the two real concerns\n"
        "R: 1. merged two days later, made the release train\n"
        "**T**：当晚我 on-call，先止血再查根因\n"
    )
    points = key_points(story, 99)
    assert len(points) == 4
    assert [p.context for p in points] == ["Code review conflict: ranking PR"] * 4
    assert points[2].text == "merged two days later, made the release train"
    assert labels(points)[3] == "当晚我 on-call，先止血再查根因"


def test_a_short_point_is_named_by_its_heading_without_the_heading_aside():
    notes = "自我介绍（2 分钟版）\n- 周航，北邮模式识别硕士，2020 年毕业\n- 带过 2 个实习生\n"
    assert labels(key_points(notes, 99))[1] == "自我介绍：带过 2 个实习生"
    story = "Pre-LN vs Post-LN\n- 折中：DeepNorm 把残差放大后再做 Post-LN\n- Llama 用 Pre-RMSNorm\n"
    assert labels(key_points(story, 99))[1] == "Pre-LN vs Post-LN：Llama 用 Pre-RMSNorm"


def test_a_line_that_is_all_one_aside_is_said_without_its_brackets():
    notes = (
        "多分类 vs 多标签\n"
        "- 多标签：每个标签独立 sigmoid + BCE，相当于 K 个二分类\n"
        "（别用 softmax 取 top-k 硬凑多标签：每条样本的标签数不固定）\n"
    )
    assert (
        labels(key_points(notes, 99))[1]
        == "别用 softmax 取 top-k 硬凑多标签：每条样本的标签数不固定"
    )


def test_a_title_with_the_note_takers_aside_is_a_heading_and_an_equation_is_a_claim():
    notes = "自我介绍（1.5min 以内，别念简历）\n- 周航，北邮模式识别硕士，2020 年毕业\n- 带过 2 人"
    assert labels(key_points(notes, 99)) == [
        "周航，北邮模式识别硕士，2020 年毕业",
        "自我介绍：带过 2 人",
    ]
    cap = "CAP (Brewer, 2000; proved Gilbert & Lynch 2002)\n- C = consistency\n- A = availability\n"
    assert [p.context for p in key_points(cap, 99)] == [cap.split("\n")[0]] * 2
    star = "STAR\n- Polish->EN NMT, quality gap vs a competitor\n- terminology errors -45%\n"
    assert labels(key_points(star, 99))[1] == "terminology errors -45%"
    formula = (
        "- acceptance rate α = share of draft tokens the target accepts\n"
        "  expected tokens per target step = (1 - α^(k+1)) / (1 - α)\n"
        "- tuning draft length k: α ~0.8 on boilerplate -> k = 6\n"
        "- **DCG@k = Σ (2^rel − 1) / log2(i + 1)**\n"
        "- NDCG = DCG / IDCG\n"
    )
    texts = [p.text for p in key_points(formula, 99)]
    assert "expected tokens per target step = (1 - α^(k+1)) / (1 - α)" in texts
    assert "DCG@k = Σ (2^rel − 1) / log2(i + 1)" in texts


def test_a_bold_name_before_a_long_claim_stays_in_it_and_a_section_label_does_not():
    notes = (
        "**做法**\n"
        "- **TIES**：每个 τ 只留幅值 top 20% → 按符号投票选主导符号 → 只平均和主导符号一致的值\n"
        "- **Problem = exposure bias**: train/test mismatch, errors compound on long outputs\n"
        "**背景**：客服每天重复回答制度类问题，人工成本高，转人工率一直下不来\n"
        "- **我负责**：检索模块和评测体系，以及上线后的监控和回归测试\n"
    )
    assert labels(key_points(notes, 99)) == [
        "TIES：每个 τ 只留幅值 top 20% → 按符号投票选主导符号 → 只平均和主导符号一致的值",
        "Problem = exposure bias: train/test mismatch, errors compound on long outputs",
        "客服每天重复回答制度类问题，人工成本高，转人工率一直下不来",
        "检索模块和评测体系，以及上线后的监控和回归测试",
    ]


def test_a_numbered_list_written_on_one_line_gives_one_point_per_item():
    notes = (
        "- 做法：① 统计了一个月的作业日志，发现 45% 的 GPU 时间是调试任务 ② 加了空闲检测"
        "，利用率低就自动回收 ③ 调试和正式训练分队列\n"
        "**PPO (RLHF)**: 1) SFT  2) reward model on preference pairs  3) RL with PPO\n"
        "- options: a. slip 2 months b. launch only in 12 categories c. launch as 'suggested'\n"
        "开源计划总共包括三部分: 1. 高质量的预训练数据集; 2. 训练出的基础模型; 3. 指令调优数据集"
    )
    assert labels(key_points(notes, 99)) == [
        "统计了一个月的作业日志，发现 45% 的 GPU 时间是调试任务",
        "加了空闲检测，利用率低就自动回收",
        "调试和正式训练分队列",
        "PPO: SFT",
        "PPO: reward model on preference pairs",
        "PPO: RL with PPO",
        "options: slip 2 months",
        "options: launch only in 12 categories",
        "options: launch as 'suggested'",
        "开源计划总共包括三部分",
        "高质量的预训练数据集",
        "训练出的基础模型",
        "指令调优数据集",
    ]


def test_a_numbered_heading_names_its_points_without_its_number():
    notes = "3. 数据的多样性：\n- 标注质量\n- 模型的不确定性\n"
    assert labels(key_points(notes, 99)) == [
        "数据的多样性：标注质量",
        "数据的多样性：模型的不确定性",
    ]


def test_a_bracketed_exclamation_is_the_note_takers_flag_not_a_word_of_the_claim():
    notes = "- result: recall@20 0.61 -> 0.78\n(!) mining WITHOUT the CE filter was worse than v1"
    assert labels(key_points(notes, 99))[1] == "mining WITHOUT the CE filter was worse than v1"
    assert labels(key_points("- 注意（！！）：中途改学习率要重新 warmup", 99)) == [
        "注意：中途改学习率要重新 warmup"
    ]


def test_a_star_letter_with_its_word_beside_it_is_no_part_of_a_point():
    # "你写到：“S（情境）：公司每天要为 2 万个商品写广告文案…”" (a note of this round)
    notes = (
        "**S（情境）**：仓库每天出 5 千单，拣货路径全靠老员工经验。\n"
        "**T（任务）**：三个月内把平均拣货时间降两成。\n"
        "**A（行动）**：\n"
        "- 用历史订单训练了一个路径排序模型。\n"
        "R (Result): picking time fell by 27%.\n"
        "S（情境）：旺季临时工多，错拣率高。\n"
    )
    points = key_points(notes, 99)
    texts = [p.text for p in points]
    assert texts[:2] == [
        "仓库每天出 5 千单，拣货路径全靠老员工经验",
        "三个月内把平均拣货时间降两成",
    ]
    assert "picking time fell by 27%" in texts and "旺季临时工多，错拣率高" in texts
    assert not any(re.search(r"^[STAR]\s*[（(]", p.label) for p in points), labels(points)
    assert not any(re.match(r"[STAR]\s*[（(]", p.context) for p in points), points


def test_a_bold_section_label_ending_in_a_full_stop_is_a_label() -> None:
    # written for this test: "**Situation.** Our team…" became "Situation; Our team…"
    notes = (
        "**Situation.** Finance keyed 40,000 invoices a month by hand.\n"
        "**结果。** 字段准确率从 0.78 提到 0.95。"
    )
    points = key_points(notes, 99)
    texts = [p.text for p in points]
    assert texts == ["Finance keyed 40,000 invoices a month by hand", "字段准确率从 0.78 提到 0.95"]
    assert [p.context for p in points] == ["Situation", "结果"]


def test_a_table_row_named_by_its_first_cell_gets_no_heading_before_it() -> None:
    # "Result: search tickets / month: before 300, after 90": the row names itself
    notes = (
        "**Result:**\n\n| metric | before | after |\n|---|---|---|\n"
        "| refund tickets / week | 410 | 120 |\n| p95 latency | 900 ms | 420 ms |\n"
    )
    assert labels(key_points(notes, 99)) == [
        "refund tickets / week: before 410, after 120",
        "p95 latency: before 900 ms, after 420 ms",
    ]
