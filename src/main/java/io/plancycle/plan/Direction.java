package io.plancycle.plan;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Which way a KPI's actual should move. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** No numeric target: met or not met, judged by a person. */
    MILESTONE;

    /**
     * Words in a KPI name or measure that name something to keep down. Taken from the data:
     * 發生率 and 病例 (豬瘟及口蹄疫發生率, 無豬瘟及口蹄疫病例), 殘留率 and 不合格 (不合格農產品藥物殘留率),
     * 紅害 (紅害日數). Bare 死亡 and 事故 are left out on purpose: they occur in KPIs where higher is
     * better (刑案現場有效採證率 counts 死亡案件; 交通事故現場圖雲端數位化), so only the rates are listed.
     */
    private static final List<String> LOWER_WORDS = List.of("發生率", "病例", "殘留率", "不合格", "紅害", "死亡率", "事故率");

    /**
     * Infers the direction of a KPI: MILESTONE when no target is numeric; LOWER_IS_BETTER when a target is a
     * ceiling or the name or measure speaks of something to keep down; otherwise HIGHER_IS_BETTER.
     */
    public static Direction infer(String kpiName, String measure, Collection<ParsedTarget> targets) {
        List<ParsedTarget> numeric = targets.stream().filter(Objects::nonNull).filter(ParsedTarget::isNumeric).toList();
        if (numeric.isEmpty()) {
            return MILESTONE;
        }
        boolean ceiling = numeric.stream().anyMatch(t -> t.kind() == TargetKind.CEILING);
        String text = Objects.toString(kpiName, "") + " " + Objects.toString(measure, "");
        boolean keepDown = LOWER_WORDS.stream().anyMatch(text::contains);
        return ceiling || keepDown ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
    }
}
