// gocxx: the runtime records no execution trace (runtime.StartTrace fails),
// so the events that gc's runtime would write for annotations are dropped.
package trace

func userTaskCreate(id, parentID uint64, taskType string) {}

func userTaskEnd(id uint64) {}

func userRegion(id, mode uint64, regionType string) {}

func userLog(id uint64, category, message string) {}
