package org.parley.position;

import java.util.List;
import java.util.Collection;
import jakarta.persistence.Entity;
import org.parley.core.DatasetRecord;

/** A subject positions are about, from a small controlled list. */
@Entity
public class Topic extends DatasetRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Topic";

    public String name;
    public String description;

    public static List<Topic> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
