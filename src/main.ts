import { Plugin } from "obsidian"; export default class JobHuntPlugin extends Plugin {}
