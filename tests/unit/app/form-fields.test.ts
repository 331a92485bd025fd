import { describe, expect, it } from "vitest";
import { formFields } from "@/src/actions/define-action";

describe("formFields: what an action's schema receives from a form", () => {
  it("gives a field sent once as a string and a repeated one as an array", () => {
    const form = new FormData();
    form.append("name", "Site");
    form.append("tag", "a");
    form.append("tag", "b");
    expect(formFields(form)).toEqual({ name: "Site", tag: ["a", "b"] });
  });

  it("always gives a `name[]` field as an array, even with one value or none of Next's own fields", () => {
    const form = new FormData();
    form.append("email[]", "ana@client.test");
    form.append("$ACTION_ID_abc", "");
    expect(formFields(form)).toEqual({ email: ["ana@client.test"] });
  });

  it("passes a chosen file through as a File, and treats an input left empty as absent", () => {
    const form = new FormData();
    form.append("logo", new File([new Uint8Array([137, 80, 78, 71])], "logo.png", { type: "image/png" }));
    form.append("empty", new File([], "", { type: "application/octet-stream" }));
    const fields = formFields(form);
    expect(fields.logo).toBeInstanceOf(File);
    expect((fields.logo as File).name).toBe("logo.png");
    expect(fields).not.toHaveProperty("empty");
  });
});
