import { createContext, useContext } from "react";
import { zhCN, type Strings } from "./i18n";

export const StringsContext = createContext<Strings>(zhCN);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
