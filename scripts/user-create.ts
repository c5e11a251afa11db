// `npm run user:create -- --email E --password P [--role learner|author|admin] [--name N]`
import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ZRole } from "@/lib/contracts/account";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/data/users/create-user";

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string", default: "learner" }, name: { type: "string" } },
  });
  const role = ZRole.safeParse(values.role);
  if (!role.success) throw new AppError("VALIDATION", `--role must be one of ${ZRole.options.join(", ")}`);
  const email = z.string().safeParse(values.email);
  if (!email.success || !values.password) throw new AppError("VALIDATION", "usage: npm run user:create -- --email E --password P [--role admin]");
  const user = await createUser({ email: email.data, password: values.password, role: role.data, name: values.name ?? email.data.split("@")[0] ?? "user" });
  console.log(`created ${user.role} ${user.email} (${user.id})`);
}

main()
  .catch((error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const [field, messages] of Object.entries(error.fields ?? {})) console.error(`  ${field}: ${messages.join(" ")}`);
    } else console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
