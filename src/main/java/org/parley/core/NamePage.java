package org.parley.core;

import java.util.Map;

/** Keyset paging over (searchName, id) for lists sorted by name. */
public final class NamePage {

    private NamePage() {
    }

    /** HQL "where ..." for alias x: after the cursor, if any. */
    public static String where(String alias, Cursor after, Map<String, Object> params) {
        StringBuilder hql = new StringBuilder(" where 1 = 1");
        if (after != null) {
            hql.append(" and (").append(alias).append(".searchName > :afterName or (").append(alias)
                    .append(".searchName = :afterName and ").append(alias).append(".id > :afterId))");
            params.put("afterName", after.sortKey() == null ? "" : after.sortKey());
            params.put("afterId", after.id());
        }
        return hql.toString();
    }
}
