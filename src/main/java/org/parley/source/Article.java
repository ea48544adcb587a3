package org.parley.source;

import java.util.Collection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import java.util.List;
import org.parley.core.DatasetRecord;

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

    public static List<Article> inOrder() {
        return list("order by publishedMonth, id");
    }

    public static List<Article> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
