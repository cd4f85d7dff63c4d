import { useEffect, useState } from "react";

/** What a promise settles to (the checked configuration, the loaded model) once it is known; undefined until then. */
export function useSettled<T>(promise: Promise<T> | undefined): T | undefined {
  const [settled, setSettled] = useState<T>();
  useEffect(() => {
    let live = true;
    void promise?.then((result) => live && setSettled(() => result));
    return () => {
      live = false;
    };
  }, [promise]);
  return settled;
}
