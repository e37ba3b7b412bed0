package io.plancycle.document;

import org.odftoolkit.odfdom.dom.OdfDocumentNamespace;
import org.odftoolkit.odfdom.dom.OdfSettingsDom;
import org.odftoolkit.odfdom.dom.element.config.ConfigConfigItemMapEntryElement;
import org.odftoolkit.odfdom.dom.element.config.ConfigConfigItemMapNamedElement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.List;

/**
 * Keeps the title and the column headers (the first two rows) of every sheet in sight while the rows scroll, as the
 * workbook's frozen panes do. ODF leaves this to the application's view settings (settings.xml), so the sheets are
 * written in the view settings LibreOffice reads: a frozen split below row 2, and the first sheet shown.
 */
final class OdsFrozenHeaders {

    private static final String CONFIG = OdfDocumentNamespace.CONFIG.getUri();
    private static final String FROZEN_ROWS = "2";
    /** LibreOffice's split modes and panes: 2 is a frozen split, and the pane below it. */
    private static final String FREEZE = "2";
    private static final String BELOW_THE_SPLIT = "2";

    private OdsFrozenHeaders() {
    }

    static void freeze(OdfSettingsDom settings, List<String> sheets) {
        Element tables = setting(settings, "config-item-map-named", "Tables");
        while (tables.getFirstChild() != null) {
            tables.removeChild(tables.getFirstChild());
        }
        for (String sheet : sheets) {
            ConfigConfigItemMapEntryElement entry =
                    ((ConfigConfigItemMapNamedElement) tables).newConfigConfigItemMapEntryElement();
            entry.setConfigNameAttribute(sheet);
            item(entry, "HorizontalSplitMode", "short", "0");
            item(entry, "VerticalSplitMode", "short", FREEZE);
            item(entry, "VerticalSplitPosition", "int", FROZEN_ROWS);
            item(entry, "ActiveSplitRange", "short", BELOW_THE_SPLIT);
            item(entry, "PositionTop", "int", "0");
            item(entry, "PositionBottom", "int", FROZEN_ROWS);
        }
        if (!sheets.isEmpty()) {
            setting(settings, "config-item", "ActiveTable").setTextContent(sheets.get(0));
        }
    }

    private static void item(ConfigConfigItemMapEntryElement entry, String name, String type, String value) {
        entry.newConfigConfigItemElement(name, type).setTextContent(value);
    }

    /** The first setting of the kind with the name; odfdom's blank spreadsheet has each of those used here. */
    private static Element setting(OdfSettingsDom settings, String kind, String name) {
        NodeList nodes = settings.getElementsByTagNameNS(CONFIG, kind);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (name.equals(element.getAttributeNS(CONFIG, "name"))) {
                return element;
            }
        }
        throw new IllegalStateException("odfdom's blank spreadsheet has no setting " + name);
    }
}
