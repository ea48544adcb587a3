package org.parley.core;

import java.util.Map;

/** Lists sorted by name: keyset paging over (searchName, id), forwards and backwards. */
public final class NamePage {

    private NamePage() {
    }

    /** HQL "where ..." for alias x: the page's cursors, if any (none for a count: {@code page} null). */
    public static String where(String alias, PageRequest page, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder(" where 1 = 1");
        if (page != null) {
            hql.append(keyset(alias).where(page, params));
        }
        return hql.toString();
    }

    /** The order of these lists. */
    public static Keyset keyset(String alias) {
        return Keyset.byName(alias + ".searchName", alias + ".id");
    }
}
