package org.parley.position;

import org.parley.core.Fields;
import java.util.List;
import java.util.Collection;
import jakarta.persistence.Entity;
import org.parley.core.DatasetRecord;
import org.parley.core.InList;

/** A subject positions are about, from a small controlled list. */
@Entity
public class Topic extends DatasetRecord {

    /** Type name in global IDs (see NodeId). */
    public static final String TYPE = "Topic";

    /** The fields revisions record and a dataset file manages. */
    public static final Fields<Topic> FIELDS = new Fields<Topic>()
            .add("name", t -> t.name, (to, from) -> to.name = from.name)
            .add("description", t -> t.description, (to, from) -> to.description = from.description);

    public String name;
    public String description;

    public static List<Topic> byIds(Collection<Long> ids) {
        InList in = InList.of("ids", ids);
        return list("id in " + in.hql(), in.params());
    }
}
