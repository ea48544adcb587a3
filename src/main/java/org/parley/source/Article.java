package org.parley.source;

import java.util.Collection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.List;
import org.parley.core.DatasetRecord;
import org.parley.core.InList;

/** A news article as received: the full body text that evidence quotes point into. */
@Entity
public class Article extends DatasetRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Article";

    public String title;
    public String language;
    public String outlet;

    /** First day of the publication month given in the seed header. */
    @Column(name = "published_month")
    public LocalDate publishedMonth;

    @Column(length = 1_000_000)
    public String body;

    /** SHA-256 of the body, hex. */
    @Column(name = "content_hash")
    public String contentHash;

    /** HQL select list of everything but the body, for {@link #head}: reads that show quotes need titles, not whole texts. */
    public static String headColumns(String a) {
        return String.join(", ", a + ".id", a + ".title", a + ".language", a + ".outlet", a + ".publishedMonth",
                a + ".contentHash", a + ".datasetKey", a + ".version");
    }

    /** An article without its body from the {@link #headColumns} of a row, starting at {@code from}; null when the row has none. */
    public static Article head(Object[] row, int from) {
        if (row[from] == null) {
            return null;
        }
        Article a = new Article();
        a.id = (Long) row[from];
        a.title = (String) row[from + 1];
        a.language = (String) row[from + 2];
        a.outlet = (String) row[from + 3];
        a.publishedMonth = (LocalDate) row[from + 4];
        a.contentHash = (String) row[from + 5];
        a.datasetKey = (String) row[from + 6];
        a.version = (Long) row[from + 7];
        return a;
    }

    /** The body of one article, for an article read without it ({@link #head}). */
    public static String bodyOf(Long id) {
        return getEntityManager().createQuery("select a.body from Article a where a.id = :id", String.class)
                .setParameter("id", id).getSingleResult();
    }

    public static List<Article> inOrder() {
        return list("order by publishedMonth, id");
    }

    public static List<Article> byIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql(), in.params());
    }
}
