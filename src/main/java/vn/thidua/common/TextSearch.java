package vn.thidua.common;

import java.text.Normalizer;

/**
 * Searching Vietnamese text without regard to diacritics or case: the database folds both sides with
 * {@code fold_vietnamese} (the function that fills the folded columns), so the HQL only has to ask
 * whether the folded column contains the folded term.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** An HQL condition: {@code column} contains the term bound to {@code :parameter}. */
    public static String contains(String column, String parameter) {
        return column + " like concat('%', function('fold_vietnamese', :" + parameter + "), '%') escape '\\'";
    }

    /** The term to bind: in NFC like the stored names, with LIKE's wildcards taken literally. */
    public static String term(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
