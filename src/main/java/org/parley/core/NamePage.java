package org.parley.core;

import org.parley.person.NameAlias;

import java.util.Map;

/** Keyset paging over (searchName, id) for lists sorted by name, with an optional substring search. */
public final class NamePage {

    private NamePage() {
    }

    /** HQL "where ..." for alias x: the search (on the name or any alias) and the cursor. */
    public static String where(String alias, String aliasOwnerColumn, String search, Cursor after,
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
        if (after != null) {
            hql.append(" and (").append(alias).append(".searchName > :afterName or (").append(alias)
                    .append(".searchName = :afterName and ").append(alias).append(".id > :afterId))");
            params.put("afterName", after.sortKey() == null ? "" : after.sortKey());
            params.put("afterId", after.id());
        }
        return hql.toString();
    }


}
