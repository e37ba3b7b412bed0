package io.plancycle.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.plancycle.plan.TargetKind.CEILING;
import static io.plancycle.plan.TargetKind.COMPLETION;
import static io.plancycle.plan.TargetKind.COMPOUND;
import static io.plancycle.plan.TargetKind.DATE;
import static io.plancycle.plan.TargetKind.FREQUENCY;
import static io.plancycle.plan.TargetKind.NONE;
import static io.plancycle.plan.TargetKind.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

public class TargetParserTest {

    /** The reference customer's plan (Chiayi City 108–111), read from the classpath. Also used by report tests. */
    public static final class RealPlan {

        /** One year's target as the file has it: raw text and, when the file parsed it, op/value/unit. */
        public record FileTarget(int year, String raw, String op, BigDecimal value, String unit) {
        }

        public record Kpi(String agency, int goal, int no, String name, String measure, List<FileTarget> targets) {

            public ParsedTarget target(int year) {
                return targets.stream().filter(t -> t.year() == year).findFirst()
                        .map(t -> TargetParser.parse(t.raw()))
                        .orElseThrow(() -> new IllegalArgumentException(this + " has no year " + year));
            }

            public Direction direction() {
                return Direction.infer(name, measure, targets.stream().map(t -> TargetParser.parse(t.raw())).toList());
            }

            @Override
            public String toString() {
                return agency + " " + goal + "/" + no + " " + name;
            }
        }

        private static final JsonNode ROOT = read();
        private static final List<Kpi> KPIS = kpisOf(ROOT);

        private RealPlan() {
        }

        public static JsonNode root() {
            return ROOT;
        }

        public static List<Kpi> kpis() {
            return KPIS;
        }

        public static Kpi kpi(String agency, int goal, int no) {
            return KPIS.stream().filter(k -> k.agency().equals(agency) && k.goal() == goal && k.no() == no)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(agency + " " + goal + "/" + no));
        }

        public static List<FileTarget> targets() {
            return KPIS.stream().flatMap(k -> k.targets().stream()).toList();
        }

        private static JsonNode read() {
            try (InputStream in = RealPlan.class.getResourceAsStream("/demo/chiayi-108-111-plan.json")) {
                assertThat(in).as("demo/chiayi-108-111-plan.json on the classpath").isNotNull();
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<Kpi> kpisOf(JsonNode root) {
            List<Kpi> kpis = new ArrayList<>();
            for (JsonNode agency : root.get("agencies")) {
                for (JsonNode goal : agency.get("goals")) {
                    for (JsonNode kpi : goal.get("kpis")) {
                        List<FileTarget> targets = new ArrayList<>();
                        kpi.get("targets").fields().forEachRemaining(e -> targets.add(new FileTarget(
                                Integer.parseInt(e.getKey()), text(e.getValue().get("raw")), text(e.getValue().get("op")),
                                e.getValue().get("value").isNull() ? null : e.getValue().get("value").decimalValue(),
                                text(e.getValue().get("unit")))));
                        kpis.add(new Kpi(agency.get("code").asText(), goal.get("no").asInt(), kpi.get("no").asInt(),
                                kpi.get("name").asText(), kpi.get("measure").asText(), List.copyOf(targets)));
                    }
                }
            }
            return List.copyOf(kpis);
        }

        private static String text(JsonNode node) {
            return node == null || node.isNull() ? null : node.asText();
        }
    }

    private static <T> Map<T, Long> count(List<ParsedTarget> targets, Function<ParsedTarget, T> key) {
        return targets.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    @Nested
    class OnTheRealPlan {

        @Test
        void has20Agencies197KpisAnd788Targets() {
            assertThat(RealPlan.root().get("agencies")).hasSize(20);
            assertThat(RealPlan.kpis()).hasSize(197);
            assertThat(RealPlan.targets()).hasSize(788);
        }

        @Test
        void everyTargetParsesWithoutExceptionAndKeepsItsRawText() {
            for (RealPlan.FileTarget t : RealPlan.targets()) {
                assertThatCode(() -> TargetParser.parse(t.raw())).as(t.raw()).doesNotThrowAnyException();
                ParsedTarget parsed = TargetParser.parse(t.raw());
                assertThat(parsed.raw()).isEqualTo(t.raw());
                assertThat(parsed.kind()).as(t.raw()).isNotNull();
            }
        }

        @Test
        void everyTargetTheFileParsedParsesToTheSameOpValueAndUnit() {
            List<RealPlan.FileTarget> parsedByFile = RealPlan.targets().stream().filter(t -> t.op() != null).toList();
            List<String> disagreements = new ArrayList<>();
            for (RealPlan.FileTarget t : parsedByFile) {
                ParsedTarget p = TargetParser.parse(t.raw());
                boolean same = t.op().equals(p.op())
                        && p.value() != null && t.value().compareTo(p.value()) == 0
                        && java.util.Objects.equals(t.unit(), p.unit());
                if (!same) {
                    disagreements.add(t + " -> " + p);
                }
            }
            assertThat(parsedByFile).hasSize(711);
            assertThat(disagreements).isEmpty();
        }

        @Test
        void targetsTheFileLeftUnparsedAreClassifiedByKind() {
            List<ParsedTarget> unparsed = RealPlan.targets().stream().filter(t -> t.op() == null)
                    .map(t -> TargetParser.parse(t.raw())).toList();
            // '-' ×31, '--' ×15, null ×2; 每年一次, 一年二次, 每年至少3項 ×4 each; 依限完成, 美術館籌備中 ×4 each;
            // 7/31 … 7/28; 6A 84B 45C, 6A 75B 47C; '< 10分鐘' ×3 (police 7/1).
            assertThat(count(unparsed, ParsedTarget::kind)).isEqualTo(Map.of(
                    NONE, 48L, FREQUENCY, 12L, COMPLETION, 8L, DATE, 4L, COMPOUND, 2L, CEILING, 3L));
        }

        @Test
        void countsPerKindOverTheWholeFile() {
            List<ParsedTarget> all = RealPlan.targets().stream().map(t -> TargetParser.parse(t.raw())).toList();
            Map<TargetKind, Long> counts = new EnumMap<>(count(all, ParsedTarget::kind));
            System.out.println("Target kinds in the 108-111 plan: " + counts);
            assertThat(counts).isEqualTo(Map.of(NUMBER, 699L, CEILING, 15L, NONE, 48L, FREQUENCY, 12L,
                    COMPLETION, 8L, DATE, 4L, COMPOUND, 2L));
            assertThat(all.stream().filter(ParsedTarget::isNumeric)).hasSize(714);
        }

        @Test
        void targetsFoundByTheirKpi() {
            assertThat(RealPlan.kpi("finance-taxation", 4, 1).target(110))
                    .isEqualTo(new ParsedTarget("2萬8千件", "=", new BigDecimal("28000"), "件", NUMBER));
            assertThat(RealPlan.kpi("police", 1, 2).target(111).value()).isEqualByComparingTo("20000000");
            assertThat(RealPlan.kpi("police", 1, 2).target(108).kind()).isEqualTo(NONE);
            assertThat(RealPlan.kpi("civil-affairs", 7, 1).target(108).kind()).isEqualTo(DATE);
            assertThat(RealPlan.kpi("public-health", 7, 2).target(110).kind()).isEqualTo(COMPOUND);
            assertThat(RealPlan.kpi("tourism-information", 5, 2).target(108).kind()).isEqualTo(NONE);
            assertThat(RealPlan.kpi("police", 7, 1).target(108))
                    .isEqualTo(new ParsedTarget("< 10分鐘", "<", new BigDecimal("10"), "分鐘", CEILING));
        }
    }

    /** Raws taken from the data file. */
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            500                      | =    | 500      | null | NUMBER
            2,000                    | =    | 2000     | null | NUMBER
            0.812                    | =    | 0.812    | null | NUMBER
            95%                      | =    | 95       | %    | NUMBER
            2.0%                     | =    | 2        | %    | NUMBER
            100﹪                     | =    | 100      | %    | NUMBER
            90％                     | =    | 90       | %    | NUMBER
            ≧1200                    | >=   | 1200     | null | NUMBER
            ≧12,000人                | >=   | 12000    | 人   | NUMBER
            ≧95%                     | >=   | 95       | %    | NUMBER
            ≦5%                      | <=   | 5        | %    | CEILING
            ≦7.5                     | <=   | 7.5      | null | CEILING
            < 10分鐘                 | <    | 10       | 分鐘 | CEILING
            30件                     | =    | 30       | 件   | NUMBER
            2場次                    | =    | 2        | 場次 | NUMBER
            1602公里                 | =    | 1602     | 公里 | NUMBER
            5MW(累積)                | =    | 5        | MW   | NUMBER
            19日                     | =    | 19       | 日   | NUMBER
            10件以上                 | >=   | 10       | 件   | NUMBER
            100場以上                | >=   | 100      | 場   | NUMBER
            2萬件                    | =    | 20000    | 件   | NUMBER
            2萬8千件                 | =    | 28000    | 件   | NUMBER
            1萬6千件                 | =    | 16000    | 件   | NUMBER
            33萬件                   | =    | 330000   | 件   | NUMBER
            11萬人次                 | =    | 110000   | 人次 | NUMBER
            150萬                    | =    | 1500000  | null | NUMBER
            ≧2,000萬筆               | >=   | 20000000 | 筆   | NUMBER
            45,000人次(因疫情影響)   | =    | 45000    | 人次 | NUMBER
            0場(因疫情停辦)          | =    | 0        | 場   | NUMBER
            -                        | null | null     | null | NONE
            --                       | null | null     | null | NONE
            7/31                     | null | null     | null | DATE
            每年一次                 | null | null     | null | FREQUENCY
            一年二次                 | null | null     | null | FREQUENCY
            每年至少3項              | null | null     | null | FREQUENCY
            依限完成                 | null | null     | null | COMPLETION
            美術館籌備中             | null | null     | null | COMPLETION
            6A 84B 45C               | null | null     | null | COMPOUND
            """)
    void parsesTargetsSeenInTheData(String raw, String op, BigDecimal value, String unit, TargetKind kind) {
        assertThat(RealPlan.targets().stream().map(RealPlan.FileTarget::raw)).as("seen in the data").contains(raw);
        assertParses(raw, op, value, unit, kind);
    }

    /** Other ways agencies write the same things (and actuals, which use the same parser). */
    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            98﹪                      | =    | 98       | %    | NUMBER
            ≥ 80%                    | >=   | 80       | %    | NUMBER
            >=1,000                  | >=   | 1000     | null | NUMBER
            > 10                     | >    | 10       | null | NUMBER
            ≤3                       | <=   | 3        | null | CEILING
            <=0.5%                   | <=   | 0.5      | %    | CEILING
            5%以下                   | <=   | 5        | %    | CEILING
            96.5%                    | =    | 96.5     | %    | NUMBER
            '1,250'                  | =    | 1250     | null | NUMBER
            -3%                      | =    | -3       | %    | NUMBER
            1.5億元                  | =    | 150000000 | 元  | NUMBER
            80場（因疫情影響）       | =    | 80       | 場   | NUMBER
            '  12 件 '               | =    | 12       | 件   | NUMBER
            ''                       | null | null     | null | NONE
            '   '                    | null | null     | null | NONE
            —                        | null | null     | null | NONE
            7/1                      | null | null     | null | DATE
            每季一次                 | null | null     | null | FREQUENCY
            3A 5B                    | null | null     | null | COMPOUND
            辦理1場                  | null | null     | null | COMPLETION
            abc                      | null | null     | null | COMPLETION
            ≧                        | null | null     | null | COMPLETION
            %                        | null | null     | null | COMPLETION
            12.                      | null | null     | null | COMPLETION
            '1,0000'                 | null | null     | null | COMPLETION
            1/2/3                    | null | null     | null | COMPLETION
            (備註)                   | null | null     | null | COMPLETION
            --5                      | null | null     | null | COMPLETION
            ≦≦5                      | null | null     | null | COMPLETION
            """)
    void parsesOtherWritingsAndNeverThrows(String raw, String op, BigDecimal value, String unit, TargetKind kind) {
        assertParses(raw, op, value, unit, kind);
    }

    @Test
    void nullIsNoTarget() {
        assertThat(TargetParser.parse(null)).isEqualTo(new ParsedTarget(null, null, null, null, NONE));
    }

    @Test
    void aVeryLongNumberIsStillANumber() {
        assertThat(TargetParser.parse("9".repeat(400) + "件").value()).isEqualByComparingTo(new BigDecimal("9".repeat(400)));
    }

    @Test
    void onlyNumbersAndCeilingsAreNumeric() {
        Set<TargetKind> numeric = java.util.Arrays.stream(TargetKind.values())
                .filter(k -> new ParsedTarget("x", null, null, null, k).isNumeric())
                .collect(Collectors.toSet());
        assertThat(numeric).containsExactlyInAnyOrder(NUMBER, CEILING);
    }

    private static void assertParses(String raw, String op, BigDecimal value, String unit, TargetKind kind) {
        ParsedTarget p = TargetParser.parse(raw);
        assertThat(p.raw()).isEqualTo(raw);
        assertThat(p.kind()).as("kind of %s", raw).isEqualTo(kind);
        assertThat(p.op()).as("op of %s", raw).isEqualTo(op);
        assertThat(p.unit()).as("unit of %s", raw).isEqualTo(unit);
        if (value == null) {
            assertThat(p.value()).as("value of %s", raw).isNull();
        } else {
            assertThat(p.value()).as("value of %s", raw).isEqualByComparingTo(value);
        }
    }

    @Nested
    class DirectionOfRealKpis {

        @ParameterizedTest(name = "{0} {1}/{2} → {3} ({4})")
        @CsvSource(delimiter = '|', textBlock = """
                construction          | 3 | 1 | LOWER_IS_BETTER  | 豬瘟及口蹄疫發生率, targets 0
                construction          | 3 | 2 | LOWER_IS_BETTER  | 不合格農產品藥物殘留率 ≦5%
                environmental-protection | 2 | 2 | LOWER_IS_BETTER | 紅害日數 19日, 8日, 15日, 10日
                land-administration   | 1 | 1 | LOWER_IS_BETTER  | ≦9 … ≦7.5
                personnel             | 1 | 1 | LOWER_IS_BETTER  | 局處設置數 ≦20
                civil-affairs         | 1 | 1 | HIGHER_IS_BETTER | 參與人數 500, 550, 600, 650
                cultural-affairs      | 7 | 1 | HIGHER_IS_BETTER | 美術館籌備中 then 4場以上
                environmental-protection | 2 | 1 | HIGHER_IS_BETTER | 藍天日數: days, but good ones
                fire                  | 1 | 2 | HIGHER_IS_BETTER | 合格率 is not 不合格
                police                | 3 | 1 | HIGHER_IS_BETTER | measure mentions 死亡案件
                police                | 5 | 1 | HIGHER_IS_BETTER | 交通事故現場圖雲端數位化
                civil-affairs         | 2 | 1 | MILESTONE        | 每年一次
                civil-affairs         | 7 | 1 | MILESTONE        | 7/31 … 7/28
                fire                  | 2 | 1 | MILESTONE        | 依限完成
                public-health         | 7 | 2 | MILESTONE        | -, -, 6A 84B 45C, 6A 75B 47C
                """)
        void isInferred(String agency, int goal, int no, Direction expected, String why) {
            assertThat(RealPlan.kpi(agency, goal, no).direction()).isEqualTo(expected);
        }

        @Test
        void countsPerDirection() {
            Map<Direction, List<String>> byDirection = RealPlan.kpis().stream().collect(Collectors.groupingBy(
                    RealPlan.Kpi::direction, () -> new EnumMap<>(Direction.class),
                    Collectors.mapping(RealPlan.Kpi::toString, Collectors.toList())));
            byDirection.forEach((d, kpis) -> System.out.println(d + " " + kpis.size()
                    + (d == Direction.HIGHER_IS_BETTER ? "" : " " + kpis)));
            assertThat(byDirection.get(Direction.LOWER_IS_BETTER)).containsExactlyInAnyOrder(
                    "construction 3/1 豬瘟及口蹄疫發生率",
                    "construction 3/2 不合格農產品藥物殘留率",
                    "land-administration 1/1 提供民眾上網查閱地籍資料或申領電子謄本天數比率",
                    "personnel 1/1 組織架構合理規劃。",
                    "environmental-protection 2/2 對所有人不健康的紅害日數",
                    "police 7/1 科技優化線上勤務偵查功能，輔助員警即時辨識失竊車輛");
            assertThat(byDirection.get(Direction.MILESTONE)).hasSize(6);
            assertThat(byDirection.get(Direction.HIGHER_IS_BETTER)).hasSize(185);
        }
    }

    @Nested
    class DirectionRules {

        private final List<ParsedTarget> numbers = List.of(TargetParser.parse("10"), TargetParser.parse("-"));

        @Test
        void aKeepDownWordInTheMeasureIsEnough() {
            assertThat(Direction.infer("校園安全", "學生事故率", numbers)).isEqualTo(Direction.LOWER_IS_BETTER);
            assertThat(Direction.infer("校園安全", "學生事故件數", numbers)).isEqualTo(Direction.HIGHER_IS_BETTER);
        }

        @Test
        void oneCeilingMakesTheKpiLowerIsBetter() {
            assertThat(Direction.infer("x", "y", List.of(TargetParser.parse("10"), TargetParser.parse("≦8"))))
                    .isEqualTo(Direction.LOWER_IS_BETTER);
        }

        @Test
        void noNumericTargetIsAMilestoneWhateverTheWords() {
            assertThat(Direction.infer("病例通報", null, List.of(TargetParser.parse("依限完成"), TargetParser.parse("--"))))
                    .isEqualTo(Direction.MILESTONE);
            assertThat(Direction.infer(null, null, List.of())).isEqualTo(Direction.MILESTONE);
        }
    }
}
