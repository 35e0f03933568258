/**
 * Loaded with `node --import` (through NODE_OPTIONS) to make a process believe it is another
 * moment: `FAKE_NOW` (ISO), from which the clock runs on as usual. Dates built from a value are
 * left alone. For the reproducible-build test, which builds "on another day".
 */
const RealDate = Date;
const offset = RealDate.parse(process.env.FAKE_NOW ?? '') - RealDate.now();

if (Number.isFinite(offset)) {
	class FakeDate extends RealDate {
		constructor(...args: ConstructorParameters<DateConstructor> | []) {
			if (args.length === 0) super(RealDate.now() + offset);
			else super(...(args as ConstructorParameters<DateConstructor>));
		}
		static now() {
			return RealDate.now() + offset;
		}
	}
	globalThis.Date = FakeDate as DateConstructor;
}
