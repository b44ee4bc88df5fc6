# An exception in a module body propagates through the import with the module's frames.
import ie_outer
