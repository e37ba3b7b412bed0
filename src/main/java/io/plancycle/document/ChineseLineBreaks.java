package io.plancycle.document;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of Chinese text may break: at a space or hyphen as in Latin text, and on either side of a Chinese
 * character or full-width mark, except that a closing mark (，。、」) never starts a line and an opening mark (「)
 * never ends one, the rule every Chinese typesetter follows. OpenPDF alone breaks before a full-width comma but not
 * after it, so a cell of the plan table would begin a line with a lone comma.
 */
final class ChineseLineBreaks implements SplitCharacter {

    static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String CLOSING = "，。、；：？！」』）》〉】〕］｝…％,.;:?!)]}%";
    private static final String OPENING = "「『（《〈【〔［｛([{";

    private ChineseLineBreaks() {
    }

    /** Whether the line may break between the character at {@code current} and the next. */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        boolean last = current + 1 >= end;
        if (OPENING.indexOf(cc[current]) >= 0 || !last && CLOSING.indexOf(cc[current + 1]) >= 0) {
            return false;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck) || wide(cc[current])
                || !last && wide(cc[current + 1]);
    }

    /** A Chinese character or a full-width form, which needs no space around it to be broken at. */
    private static boolean wide(char c) {
        return c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00 || c >= 0xfe30 && c < 0xfe50
                || c >= 0xff00 && c < 0xffa0;
    }
}
