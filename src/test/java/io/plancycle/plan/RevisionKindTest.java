package io.plancycle.plan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of change are named in one set of words: the pages' Chinese messages are the kinds' own labels. */
class RevisionKindTest {

    @Test
    void thePagesNameEachKindInItsOwnWords() throws IOException {
        Properties zh = load("/messages/common.properties");
        Properties en = load("/messages/common_en.properties");
        for (RevisionKind kind : RevisionKind.values()) {
            assertThat(zh.getProperty("change.kind." + kind.name())).as(kind.name()).isEqualTo(kind.label());
            assertThat(en.getProperty("change.kind." + kind.name())).as(kind.name()).isNotBlank();
        }
    }

    @Test
    void eachChangeReadsInPlainChinese() {
        assertThat(RevisionKind.TARGET_CHANGE.describe(110, "620")).isEqualTo("110年度目標值修正");
        assertThat(RevisionKind.KPI_MERGED.describe(null, "一-2 辦理市民集團結婚")).isEqualTo("併入「一-2 辦理市民集團結婚」");
        assertThat(RevisionKind.KPI_ADDED.describe(null, "x")).isEqualTo("新增關鍵績效指標");
        assertThat(RevisionKind.KPI_DELETED.describe(null, null)).isEqualTo("刪除");
        assertThat(RevisionKind.KPI_RENAMED.describe(null, "x")).isEqualTo("名稱修正");
        assertThat(RevisionKind.MEASURE_CHANGE.describe(null, "x")).isEqualTo("衡量標準修正");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RevisionKindTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
