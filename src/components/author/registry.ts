/**
 * The components every article may use without an import, by the name authors write. The
 * restricted trust mode refuses any other; none is registered yet.
 */
export const AUTHOR_COMPONENT_NAMES: readonly string[] = [];
