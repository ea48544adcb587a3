package org.parley.core;

import org.parley.person.NameAlias;

import java.util.Map;

/** Lists sorted by name: an optional substring search, and keyset paging over (searchName, id). */
public final class NamePage {

    private NamePage() {
    }

    /** HQL "where ..." for alias x: the search (on the name or any alias) and the page's cursors, if any. */
    public static String where(String alias, String aliasOwnerColumn, String search, PageRequest page,
            Map<String, Object> params) {
        StringBuilder hql = new StringBuilder(" where 1 = 1");
        if (search != null && !search.isBlank()) {
            if (search.length() > 300) {
                throw ParleyException.badInput("search", "'search' is longer than 300 characters");
            }
            String like = "%" + org.parley.core.Names.fold(search).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            hql.append(" and (").append(alias).append(".searchName like :search escape '\\' or ").append(alias)
                    .append(".id in (select n.").append(aliasOwnerColumn)
                    .append(" from NameAlias n where n.searchName like :search escape '\\'))");
            params.put("search", like);
        }
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
